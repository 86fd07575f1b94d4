namespace MedDevice.Hub.Partners;

/// <summary>An authenticated caller and what it may do.</summary>
public sealed record Partner(string Id, IReadOnlySet<string> Feeds, IReadOnlySet<string> Roles, int RateLimitPerSecond = 0)
{
    /// <summary>The role that opens the admin API.</summary>
    public const string AdminRole = "admin";

    /// <summary>True when the partner may post to <paramref name="feed"/>.</summary>
    public bool MayPost(string feed) => Feeds.Contains(feed) || Feeds.Contains("*");

    /// <summary>True for operators.</summary>
    public bool IsAdmin => Roles.Contains(AdminRole);

    /// <summary>FHIR interactions granted, e.g. <c>Device:read</c>, <c>Device:*</c>, <c>*</c> (see <c>FhirAccess</c>).</summary>
    public IReadOnlySet<string> FhirInteractions { get; init; } = new HashSet<string>();

    /// <summary>
    /// The registered certificate thumbprints (hex SHA-256 or SHA-1, as configured): the certificates the partner presents
    /// over mutual TLS and signs its messages with (customs XML signatures are verified against them).
    /// </summary>
    public IReadOnlyList<string> CertificateThumbprints { get; init; } = [];

    /// <summary>True when the partner holds <paramref name="role"/>.</summary>
    public bool HasRole(string role) => Roles.Contains(role);
}
