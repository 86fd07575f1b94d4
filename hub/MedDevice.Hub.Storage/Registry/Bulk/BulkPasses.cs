namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// Splits pending rows into a pass whose rows share no id or business key, so a set-based step can treat them
/// together; a row that shares a key with an earlier pending row waits for a later pass, and so does every later row
/// sharing a key with it, which keeps the file's order for every key.
/// </summary>
internal static class BulkPasses
{
    /// <summary>The next pass (ordinals ascending) and the rows left for later passes.</summary>
    public static (List<int> Pass, List<int> Deferred) Split(IReadOnlyList<int> pending, IReadOnlyList<BulkDeviceRow> rows)
    {
        var pass = new List<int>(pending.Count);
        var deferred = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ordinal in pending)
        {
            var write = rows[ordinal].Write;
            var collides = (write.Id is { } id && seen.Contains("i:" + id))
                | (write.UdiDiKey is { } udi && seen.Contains("u:" + udi))
                | (write.RegistrationNumber is { } reg && seen.Contains("r:" + reg));
            Remember(seen, write);
            (collides ? deferred : pass).Add(ordinal);
        }

        return (pass, deferred);
    }

    private static void Remember(HashSet<string> seen, DeviceWrite write)
    {
        if (write.Id is { } id)
        {
            seen.Add("i:" + id);
        }

        if (write.UdiDiKey is { } udi)
        {
            seen.Add("u:" + udi);
        }

        if (write.RegistrationNumber is { } reg)
        {
            seen.Add("r:" + reg);
        }
    }
}
