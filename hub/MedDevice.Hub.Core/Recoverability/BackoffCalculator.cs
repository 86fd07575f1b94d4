namespace MedDevice.Hub.Core.Recoverability;

/// <summary>The maths of exponential backoff with full jitter ("AWS full jitter"): pure and deterministic for a given random draw.</summary>
public static class BackoffCalculator
{
    /// <summary>
    /// The delay after the <paramref name="attempt"/>-th failed attempt (1-based): a uniform draw in
    /// [0, min(cap, base·2^(attempt−1))], never zero so a retry is never immediate.
    /// </summary>
    /// <param name="attempt">Number of attempts made so far (≥ 1).</param>
    /// <param name="baseDelay">Scale of the first delay.</param>
    /// <param name="maxDelay">Upper bound.</param>
    /// <param name="random01">A draw in [0, 1).</param>
    public static TimeSpan FullJitter(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random01)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var exponent = Math.Min(attempt - 1, 30);
        var ceilingTicks = Math.Min((double)maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        var ticks = (long)(ceilingTicks * Math.Clamp(random01, 0, 1));
        return TimeSpan.FromTicks(Math.Max(ticks, TimeSpan.TicksPerMillisecond));
    }
}
