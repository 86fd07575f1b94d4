namespace MedDevice.Hub.Processing;

/// <summary>The processing stage (<c>Hub:Processing</c>).</summary>
public sealed class ProcessingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Processing";

    /// <summary>
    /// Concurrent claim-process-commit loops in this process. One loop is bound by database round trips (a batch's
    /// claim and completion wait on each other); several overlap them. Claims are disjoint, so this is safe.
    /// </summary>
    public int Workers { get; set; } = 4;

    /// <summary>Messages claimed per batch.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How long a claim is held before another worker may take the message over (crash recovery).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Poll interval when nothing signals new work (other processes, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Delay before retrying a message whose processing hit an infrastructure error.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
