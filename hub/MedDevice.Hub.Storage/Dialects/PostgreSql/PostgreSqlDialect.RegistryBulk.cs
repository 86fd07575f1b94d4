namespace MedDevice.Hub.Storage.Dialects;

/// <summary>
/// Set-based registry writes for bulk imports: keys resolved and devices inserted/updated from arrays (<c>unnest</c>)
/// in one statement each, history and search-index rows streamed with binary <c>COPY</c>.
/// </summary>
public sealed partial class PostgreSqlDialect
{
    private const string BulkMatchColumns = "d.id, d.version_id, d.deleted, d.udi_di_key, d.registration_number, sha256(d.resource)";

    /// <summary>
    /// The devices holding the given ids (@id_ords, @ids), UDI-DI keys (@udi_ords, @udis) and registration numbers
    /// (@reg_ords, @regs): ordinal, key kind (0 id, 1 UDI-DI, 2 registration), device columns, SHA-256 of its resource.
    /// </summary>
    internal const string BulkResolveDevicesSql = $"""
        SELECT k.ord, 0, {BulkMatchColumns} FROM unnest(@id_ords::integer[], @ids::text[]) AS k(ord, key)
            JOIN devices d ON d.id = k.key
        UNION ALL
        SELECT k.ord, 1, {BulkMatchColumns} FROM unnest(@udi_ords::integer[], @udis::text[]) AS k(ord, key)
            JOIN devices d ON d.udi_di_key = k.key AND d.udi_di_key IS NOT NULL
        UNION ALL
        SELECT k.ord, 2, {BulkMatchColumns} FROM unnest(@reg_ords::integer[], @regs::text[]) AS k(ord, key)
            JOIN devices d ON d.registration_number = k.key AND d.registration_number IS NOT NULL
        """;

    /// <summary>Inserts version 1 of each device unless its id or a business key is taken; returns the ids inserted.</summary>
    internal const string BulkInsertDevicesSql = """
        INSERT INTO devices (id, version_id, last_updated, status, udi_di_key, registration_number, resource, deleted)
        SELECT k.id, 1, @last_updated, k.status, k.udi, k.reg, k.resource, 0
        FROM unnest(@ids::text[], @statuses::text[], @udis::text[], @regs::text[], @resources::bytea[]) AS k(id, status, udi, reg, resource)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    /// <summary>
    /// Stores the next version of each device still at its expected version and live; keeps a key the write lacks.
    /// Returns the ids updated with their new version.
    /// </summary>
    internal const string BulkUpdateDevicesSql = """
        UPDATE devices d SET version_id = d.version_id + 1, last_updated = @last_updated, status = k.status,
            udi_di_key = COALESCE(k.udi, d.udi_di_key), registration_number = COALESCE(k.reg, d.registration_number), resource = k.resource
        FROM unnest(@ids::text[], @expected::integer[], @statuses::text[], @udis::text[], @regs::text[], @resources::bytea[])
            AS k(id, expected, status, udi, reg, resource)
        WHERE d.id = k.id AND d.version_id = k.expected AND d.deleted = 0
        RETURNING d.id, d.version_id
        """;

    /// <summary>Drops the token index rows of the devices @ids.</summary>
    internal const string BulkDeleteDeviceTokensSql = "DELETE FROM device_search_tokens WHERE device_id = ANY(@ids::text[])";

    /// <summary>Drops the string index rows of the devices @ids.</summary>
    internal const string BulkDeleteDeviceStringsSql = "DELETE FROM device_search_strings WHERE device_id = ANY(@ids::text[])";

    /// <summary>Streams history rows.</summary>
    internal const string CopyDeviceHistorySql = "COPY device_history (id, version_id, last_updated, resource, deleted) FROM STDIN (FORMAT BINARY)";

    /// <summary>Streams token index rows.</summary>
    internal const string CopyDeviceTokensSql = "COPY device_search_tokens (device_id, param, system, code) FROM STDIN (FORMAT BINARY)";

    /// <summary>Streams string index rows.</summary>
    internal const string CopyDeviceStringsSql = "COPY device_search_strings (device_id, param, value_folded, value_exact) FROM STDIN (FORMAT BINARY)";
}
