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
    long UpdatedAt)
{
    /// <summary>Topics the partner may subscribe to.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>FHIR interactions the partner may perform, e.g. <c>Device:read</c>, <c>Device:search-type</c>, <c>Device:create</c>.</summary>
    public IReadOnlyList<string> FhirInteractions { get; init; } = [];
}
