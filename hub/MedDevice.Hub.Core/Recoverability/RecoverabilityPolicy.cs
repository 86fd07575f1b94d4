namespace MedDevice.Hub.Core.Recoverability;

/// <summary>
/// Decides what happens after a failed delivery attempt. Pure: the clock reading and the random draw are
/// inputs, so retry timing is testable without sleeping.
/// </summary>
public sealed class RecoverabilityPolicy(RecoverabilityOptions options)
{
    /// <summary>The decision for a delivery that has now failed <paramref name="attempts"/> times.</summary>
    /// <param name="attempts">Attempts made, including the one that just failed (≥ 1).</param>
    /// <param name="kind">Transient or permanent failure.</param>
    /// <param name="maxAttempts">The subscriber's attempt budget.</param>
    /// <param name="now">When the attempt failed.</param>
    /// <param name="random01">A draw in [0, 1) from the injected random source.</param>
    public RecoverabilityAction Decide(int attempts, DeliveryErrorKind kind, int maxAttempts, DateTimeOffset now, double random01)
    {
        if (kind == DeliveryErrorKind.Permanent)
        {
            return new RecoverabilityAction.DeadLetter("permanent error: not retried");
        }

        if (attempts >= maxAttempts)
        {
            return new RecoverabilityAction.DeadLetter($"attempt budget of {maxAttempts} exhausted");
        }

        return new RecoverabilityAction.RetryAt(now + BackoffCalculator.FullJitter(attempts, options.BaseDelay, options.MaxDelay, random01));
    }
}
