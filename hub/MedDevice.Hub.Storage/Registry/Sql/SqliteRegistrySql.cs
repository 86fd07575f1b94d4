namespace MedDevice.Hub.Storage.Registry.Sql;

/// <summary>
/// Registry SQL on SQLite: index hints for searches, and bulk writes where a batch's search-index rows travel as one JSON
/// array parameter and are inserted by one statement (<c>json_each</c>), instead of one statement per row.
/// </summary>
public sealed class SqliteRegistrySql : RegistrySql
{
    /// <summary>
    /// SQLite has no statistics by default and may answer a correlated "this device has value X" check by scanning the
    /// (param, value) index range once per outer row; the device index makes it a few rows per check.
    /// </summary>
    public override string IndexTableByDevice(string table, string alias) => table switch
    {
        "device_search_strings" => $"device_search_strings {alias} INDEXED BY ix_device_search_strings_device",
        "device_search_tokens" => $"device_search_tokens {alias} INDEXED BY ix_device_search_tokens_device",
        _ => base.IndexTableByDevice(table, alias),
    };

    /// <summary>Inserts token rows from @rows, a JSON array of <c>[device_id, param, system|null, code]</c>.</summary>
    internal const string BulkInsertDeviceTokensSql = """
        INSERT INTO device_search_tokens (device_id, param, system, code)
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]')
        FROM json_each(@rows)
        """;

    /// <summary>Inserts string rows from @rows, a JSON array of <c>[device_id, param, value_folded, value_exact, prev_folded]</c>.</summary>
    internal const string BulkInsertDeviceStringsSql = """
        INSERT INTO device_search_strings (device_id, param, value_folded, value_exact, prev_folded)
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]')
        FROM json_each(@rows)
        """;

    /// <summary>
    /// The devices holding the keys in @keys (a JSON array of distinct keys of one kind), with the key each was found by;
    /// one statement per batch and key kind instead of one per row and key. <c>CROSS JOIN</c> keeps <c>json_each</c> as the
    /// outer loop, so every key is one look-up in the key's unique index.
    /// </summary>
    internal static string BulkResolveDevicesSql(string keyColumn) => $"""
        SELECT k.value, d.id, d.version_id, d.last_updated, d.status, d.udi_di_key, d.registration_number, d.resource, d.deleted
        FROM json_each(@keys) AS k CROSS JOIN devices AS d
        WHERE d.{keyColumn} = k.value
        """;

    /// <summary>Drops the token rows of the devices in @ids (a JSON array).</summary>
    internal const string BulkDeleteDeviceTokensSql = "DELETE FROM device_search_tokens WHERE device_id IN (SELECT value FROM json_each(@ids))";

    /// <summary>Drops the string rows of the devices in @ids (a JSON array).</summary>
    internal const string BulkDeleteDeviceStringsSql = "DELETE FROM device_search_strings WHERE device_id IN (SELECT value FROM json_each(@ids))";
}
