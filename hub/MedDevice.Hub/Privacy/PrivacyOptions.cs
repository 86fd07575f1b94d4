namespace MedDevice.Hub.Privacy;

/// <summary>
/// <c>Hub:Privacy</c>: the secret the hub derives personal-ID pseudonyms from. Exactly one of
/// <see cref="PseudonymKey"/> and <see cref="PseudonymKeyPath"/>; outside the Development environment the hub
/// refuses to start without one.
/// </summary>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub:Privacy";

    /// <summary>The default key id written into pseudonyms.</summary>
    public const string DefaultKeyId = "v1";

    /// <summary>The key, base64 (at least 32 bytes once decoded).</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>A file whose content is the base64 key (surrounding white space ignored).</summary>
    public string? PseudonymKeyPath { get; set; }

    /// <summary>The key id written into pseudonyms (<c>psn:{id}:…</c>); change it together with the key when rotating.</summary>
    public string PseudonymKeyId { get; set; } = DefaultKeyId;
}
