namespace MedDevice.Hub.Admin;

/// <summary>A partner to add through the admin API.</summary>
public sealed record NewPartner(string Id, string? Name, List<string>? Roles, List<string>? Feeds, List<string>? CertificateThumbprints, int RateLimitPerSecond = 0,
    List<string>? Topics = null, List<string>? FhirInteractions = null);
