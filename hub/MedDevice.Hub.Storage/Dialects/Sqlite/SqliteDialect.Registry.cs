namespace MedDevice.Hub.Storage.Dialects;

/// <summary>SQLite's registry search hints.</summary>
public sealed partial class SqliteDialect
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
}
