namespace MedDevice.Hub.Storage.Partners;

/// <summary>A partner kept in the database (managed at run time; configuration partners stay in configuration).</summary>
public sealed record PartnerRecord(
    string Id,
    string? Name,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Feeds,
    string? ApiKeyHash,
    IReadOnlyList<string> CertificateThumbprints,
    int RateLimitPerSecond,
    bool Enabled,
    long UpdatedAt);
