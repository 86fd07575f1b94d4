namespace MedDevice.Hub.Verification;

/// <summary>Actor verification in the hub (<c>Hub:Verification</c>): the verdict API's deadlines and the queue's pace.</summary>
public sealed class VerificationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Verification";

    /// <summary>The verdict API's deadline when the partner sends no <c>X-Hub-Deadline-Ms</c>.</summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest deadline a partner may ask for.</summary>
    public TimeSpan MaxDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Purpose code the hub's own checks (queued organisations) are made for.</summary>
    public string QueuePurpose { get; set; } = "registry-actor-check";

    /// <summary>Legal basis of the hub's own checks.</summary>
    public string QueueLegalBasis { get; set; } = "Decree 98/2021/ND-CP on medical device management";

    /// <summary>Queue rows claimed per round (verified over one batch stream).</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How long a claim holds a row before another worker may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the worker looks for due rows when not woken.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First delay after a check got no verdict (doubles, with full jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between two checks of the same row.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);
}
