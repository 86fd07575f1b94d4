namespace MedDevice.Hub.Storage.Migrations;

/// <summary>Merges the features' migrations into the one global order, oldest first.</summary>
public static class MigrationOrder
{
    /// <summary>Every migration of <paramref name="sources"/> by version; two features claiming one version is a programming error.</summary>
    public static IReadOnlyList<Migration> Merge(IEnumerable<IMigrationSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var merged = sources.SelectMany(s => s.Migrations).OrderBy(m => m.Version).ToList();
        for (var i = 1; i < merged.Count; i++)
        {
            if (merged[i].Version == merged[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migration version {merged[i].Version} is claimed twice (\"{merged[i - 1].Name}\" and \"{merged[i].Name}\").");
            }
        }

        return merged;
    }
}
