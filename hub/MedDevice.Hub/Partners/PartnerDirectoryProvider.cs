using MedDevice.Hub.Storage.Partners;

namespace MedDevice.Hub.Partners;

/// <summary>
/// The partner directory in force: configuration partners plus those managed in the database (admin API,
/// hubctl). A configuration partner wins over a stored one with the same id. Swapped atomically on refresh.
/// </summary>
public sealed class PartnerDirectoryProvider(IReadOnlyList<PartnerOptions> configured, bool allowPlainApiKeys)
{
    private PartnerDirectory _current = new(configured, allowPlainApiKeys);

    /// <summary>The directory to authenticate against.</summary>
    public PartnerDirectory Current => Volatile.Read(ref _current);

    /// <summary>The ids that come from configuration (read-only through the admin API).</summary>
    public IReadOnlySet<string> ConfiguredIds { get; } = configured.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Rebuilds the directory with the stored partners.</summary>
    public void Apply(IReadOnlyList<PartnerRecord> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var fromDatabase = stored.Where(s => !ConfiguredIds.Contains(s.Id)).Select(s => new PartnerOptions
        {
            Id = s.Id,
            Name = s.Name,
            Roles = s.Roles.ToList(),
            Feeds = s.Feeds.ToList(),
            Topics = s.Topics.ToList(),
            FhirInteractions = s.FhirInteractions.ToList(),
            ApiKeyHash = s.ApiKeyHash,
            CertificateThumbprints = s.CertificateThumbprints.ToList(),
            RateLimitPerSecond = s.RateLimitPerSecond,
            Enabled = s.Enabled,
        });
        Volatile.Write(ref _current, new PartnerDirectory(configured.Concat(fromDatabase), allowPlainApiKeys));
    }
}
