namespace MedDevice.Adapters.Configuration;

/// <summary>Retries of transient failures: exponential backoff with full jitter, within the call's budget.</summary>
public sealed class AdapterRetryOptions
{
    /// <summary>Attempts per call, the first included.</summary>
    public int MaxAttempts { get; set; } = AdapterDefaults.MaxAttempts;

    /// <summary>Attempt n waits a uniform draw in [0, min(MaxDelay, BaseDelay·2^(n−1))] before the next.</summary>
    public TimeSpan BaseDelay { get; set; } = AdapterDefaults.RetryBaseDelay;

    /// <summary>Cap on one wait.</summary>
    public TimeSpan MaxDelay { get; set; } = AdapterDefaults.RetryMaxDelay;
}
