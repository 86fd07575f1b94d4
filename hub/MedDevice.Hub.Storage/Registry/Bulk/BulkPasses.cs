namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// Splits pending rows into a pass whose rows share no id or key, so a set-based step can treat them together; a row
/// that shares a key with an earlier pending row waits for a later pass, and so does every later row sharing a key
/// with it, which keeps the file's order for every key.
/// </summary>
internal static class BulkPasses
{
    /// <summary>The next pass (ordinals ascending) and the rows left for later passes.</summary>
    public static (List<int> Pass, List<int> Deferred) Split(IReadOnlyList<int> pending, IReadOnlyList<BulkDeviceRow> rows)
    {
        var pass = new List<int>(pending.Count);
        var deferred = new List<int>();
        var seen = new HashSet<(int Kind, string Key)>();
        foreach (var ordinal in pending)
        {
            var keys = BulkMatches.KeysOf(rows[ordinal].Write);
            var collides = false;
            for (var kind = 0; kind < keys.Length; kind++)
            {
                if (keys[kind] is { } key && !seen.Add((kind, key)))
                {
                    collides = true;
                }
            }

            (collides ? deferred : pass).Add(ordinal);
        }

        return (pass, deferred);
    }
}
