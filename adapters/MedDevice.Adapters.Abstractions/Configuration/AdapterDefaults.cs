namespace MedDevice.Adapters.Configuration;

/// <summary>The default settings of <see cref="AdapterOptions"/>.</summary>
public static class AdapterDefaults
{
    /// <summary>Deadline of one attempt.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Total time of one logical call, retries included.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per call.</summary>
    public const int MaxAttempts = 4;

    /// <summary>Backoff scale.</summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Backoff cap.</summary>
    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>Failure ratio that opens the circuit.</summary>
    public const double FailureRatio = 0.8;

    /// <summary>Attempts in the window before the ratio counts.</summary>
    public const int MinimumThroughput = 20;

    /// <summary>Circuit window.</summary>
    public static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rests the partner.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);

    /// <summary>Calls in flight.</summary>
    public const int MaxConcurrency = 32;

    /// <summary>Calls waiting for a slot.</summary>
    public const int MaxQueue = 512;
}
