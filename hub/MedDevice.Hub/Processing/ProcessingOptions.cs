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

    /// <summary>Default attempt budget of a message's processing.</summary>
    public const int DefaultMaxAttempts = 10;

    /// <summary>
    /// Scale of the delay before retrying a message whose processing failed (handler exception, transient storage error):
    /// attempt n waits a full-jitter draw of up to RetryDelay·2^(n−1), capped by <see cref="MaxRetryDelay"/>.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Cap on any one processing retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Processing attempts before a message is parked as a processing dead letter (<c>Hub:Processing:MaxAttempts</c>), so
    /// one poison message never blocks the later messages of its device key.
    /// </summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;
}
