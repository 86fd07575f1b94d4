using MedDevice.Hub.Core.Recoverability;

namespace MedDevice.Hub.Delivery;

/// <summary>The delivery stage (<c>Hub:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Delivery";

    /// <summary>Deliveries claimed per batch.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>Concurrent claim-send-ack loops in this process.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Concurrent HTTP requests per loop.</summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>How long a claim is held before another process may take the delivery over (crash recovery).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Poll interval when nothing signals new work (due retries, other processes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a subscriber's circuit stays open before one probe is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failure ratio in the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts in the window before the ratio counts.</summary>
    public int MinimumThroughput { get; set; } = 5;

    /// <summary>The circuit's sampling window.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed for retry jitter; null = random per process. Set it to make retry times reproducible.</summary>
    public int? JitterSeed { get; set; }

    /// <summary>Backoff timing.</summary>
    public RecoverabilityOptions Retry { get; set; } = new();
}
