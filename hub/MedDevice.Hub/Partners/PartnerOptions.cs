namespace MedDevice.Hub.Partners;

/// <summary>One partner system (<c>Hub:Partners:N</c>).</summary>
public sealed class PartnerOptions
{
    /// <summary>Configuration section holding the list.</summary>
    public const string SectionName = "Hub:Partners";

    /// <summary>Stable id, e.g. <c>moh-registry</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Plain API key (development); prefer <see cref="ApiKeyHash"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Hex SHA-256 of the API key (optionally prefixed <c>sha256:</c>).</summary>
    public string? ApiKeyHash { get; set; }

    /// <summary>Inbound feeds the partner may post to, e.g. <c>registry.device</c>.</summary>
    public List<string> Feeds { get; set; } = [];

    /// <summary>Roles, e.g. <c>admin</c> for the admin API.</summary>
    public List<string> Roles { get; set; } = [];
}
