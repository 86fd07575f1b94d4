namespace MedDevice.Hub.Core.Recoverability;

/// <summary>Retry timing (<c>Hub:Delivery:Retry</c>): exponential backoff with full jitter, capped.</summary>
public sealed class RecoverabilityOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Delivery:Retry";

    /// <summary>Default delay before the first retry.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>Default cap on any one delay.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromMinutes(10);

    /// <summary>Default attempt budget per delivery.</summary>
    public const int DefaultMaxAttempts = 12;

    /// <summary>Delay scale of the first retry; attempt n waits up to BaseDelay·2^(n−1).</summary>
    public TimeSpan BaseDelay { get; set; } = DefaultBaseDelay;

    /// <summary>Cap on any one delay.</summary>
    public TimeSpan MaxDelay { get; set; } = DefaultMaxDelay;
}
