namespace MedDevice.Hub.Partners;

/// <summary>One partner system (<c>Hub:Partners:N</c>).</summary>
public sealed class PartnerOptions
{
    /// <summary>Configuration section holding the list.</summary>
    public const string SectionName = "Hub:Partners";

    /// <summary>Stable id, e.g. <c>moh-registry</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Display name.</summary>
    public string? Name { get; set; }

    /// <summary>SHA-256 (or SHA-1) thumbprints, hex, of the client certificates this partner presents over mutual TLS.</summary>
    public List<string> CertificateThumbprints { get; set; } = [];

    /// <summary>Requests per second allowed (token bucket); 0 = the hub default.</summary>
    public int RateLimitPerSecond { get; set; }

    /// <summary>False blocks the partner without removing it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Plain API key (development profile only); prefer <see cref="ApiKeyHash"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Hex SHA-256 of the API key (optionally prefixed <c>sha256:</c>).</summary>
    public string? ApiKeyHash { get; set; }

    /// <summary>Inbound feeds the partner may post to, e.g. <c>registry.device</c>.</summary>
    public List<string> Feeds { get; set; } = [];

    /// <summary>Topics the partner may subscribe to (<c>*</c> = all).</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>FHIR interactions allowed, e.g. <c>Device:read</c>, <c>Device:search-type</c>, <c>Device:create</c> (checked by the FHIR API).</summary>
    public List<string> FhirInteractions { get; set; } = [];

    /// <summary>Roles, e.g. <c>admin</c> for the admin API.</summary>
    public List<string> Roles { get; set; } = [];
}
