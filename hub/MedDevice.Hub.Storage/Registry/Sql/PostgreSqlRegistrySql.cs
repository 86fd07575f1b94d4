namespace MedDevice.Hub.Storage.Registry.Sql;

/// <summary>
/// Registry SQL on PostgreSQL: set-based writes for bulk imports, keys resolved and devices inserted/updated from arrays (<c>unnest</c>)
/// in one statement each, history and search-index rows streamed with binary <c>COPY</c>.
/// </summary>
public sealed class PostgreSqlRegistrySql : RegistrySql
{
    private const string BulkMatchColumns = "d.id, d.version_id, d.last_updated, d.status, d.deleted, d.udi_di_key, d.registration_number, d.resource";

    /// <summary>
    /// The devices holding the given keys: @ords (row ordinals), @kinds (0 id, 1 UDI-DI key, 2 registration number,
    /// 3 instance key) and @keys, three aligned arrays. Returns ordinal, kind and the device columns.
    /// </summary>
    internal const string BulkResolveDevicesSql = $"""
        SELECT k.ord, k.kind, {BulkMatchColumns}
        FROM unnest(@ords::integer[], @kinds::integer[], @keys::text[]) AS k(ord, kind, key)
        JOIN devices d ON d.id = k.key WHERE k.kind = 0
        UNION ALL
        SELECT k.ord, k.kind, {BulkMatchColumns}
        FROM unnest(@ords::integer[], @kinds::integer[], @keys::text[]) AS k(ord, kind, key)
        JOIN devices d ON d.udi_di_key = k.key AND d.udi_di_key IS NOT NULL WHERE k.kind = 1
        UNION ALL
        SELECT k.ord, k.kind, {BulkMatchColumns}
        FROM unnest(@ords::integer[], @kinds::integer[], @keys::text[]) AS k(ord, kind, key)
        JOIN devices d ON d.registration_number = k.key AND d.registration_number IS NOT NULL WHERE k.kind = 2
        UNION ALL
        SELECT k.ord, k.kind, {BulkMatchColumns}
        FROM unnest(@ords::integer[], @kinds::integer[], @keys::text[]) AS k(ord, kind, key)
        JOIN devices d ON d.instance_key = k.key AND d.instance_key IS NOT NULL WHERE k.kind = 3
        """;

    /// <summary>Inserts version 1 of each device unless its id or a key is taken; returns the ids inserted.</summary>
    internal const string BulkInsertDevicesSql = """
        INSERT INTO devices (id, version_id, last_updated, status, udi_di_key, registration_number, instance_key, resource, deleted)
        SELECT k.id, 1, @last_updated, k.status, k.udi, k.reg, k.instance, k.resource, 0
        FROM unnest(@ids::text[], @statuses::text[], @udis::text[], @regs::text[], @instances::text[], @resources::bytea[])
            AS k(id, status, udi, reg, instance, resource)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    /// <summary>
    /// Stores the next version of each device still at its expected version and live; keeps a key the write lacks.
    /// Returns the ids updated with their new version.
    /// </summary>
    internal const string BulkUpdateDevicesSql = """
        UPDATE devices d SET version_id = d.version_id + 1, last_updated = @last_updated, status = k.status,
            udi_di_key = COALESCE(k.udi, d.udi_di_key), registration_number = COALESCE(k.reg, d.registration_number),
            instance_key = COALESCE(k.instance, d.instance_key), resource = k.resource
        FROM unnest(@ids::text[], @expected::integer[], @statuses::text[], @udis::text[], @regs::text[], @instances::text[], @resources::bytea[])
            AS k(id, expected, status, udi, reg, instance, resource)
        WHERE d.id = k.id AND d.version_id = k.expected AND d.deleted = 0
        RETURNING d.id, d.version_id
        """;

    /// <summary>Locks the devices @ids in id order, so concurrent batches updating overlapping devices queue instead of deadlocking.</summary>
    internal const string BulkLockDevicesSql = "SELECT id FROM devices WHERE id = ANY(@ids::text[]) ORDER BY id FOR UPDATE";

    /// <summary>Drops the token index rows of the devices @ids.</summary>
    internal const string BulkDeleteDeviceTokensSql = "DELETE FROM device_search_tokens WHERE device_id = ANY(@ids::text[])";

    /// <summary>Drops the string index rows of the devices @ids.</summary>
    internal const string BulkDeleteDeviceStringsSql = "DELETE FROM device_search_strings WHERE device_id = ANY(@ids::text[])";

    /// <summary>Streams history rows.</summary>
    internal const string CopyDeviceHistorySql = "COPY device_history (id, version_id, last_updated, resource, deleted) FROM STDIN (FORMAT BINARY)";

    /// <summary>Streams token index rows.</summary>
    internal const string CopyDeviceTokensSql = "COPY device_search_tokens (device_id, param, system, code) FROM STDIN (FORMAT BINARY)";

    /// <summary>Streams string index rows.</summary>
    internal const string CopyDeviceStringsSql = "COPY device_search_strings (device_id, param, value_folded, value_exact, prev_folded) FROM STDIN (FORMAT BINARY)";
}
