using MedDevice.Hub.Storage.Migrations;

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

    /// <summary>Vacuums and analyzes the tables a bulk import writes (statistics and visibility map ready for the first searches).</summary>
    internal const string VacuumSql = "VACUUM (ANALYZE) devices, device_history, device_search_tokens, device_search_strings";

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(4, "device registry: current devices, version history, search index", """
            CREATE TABLE devices (
                id text PRIMARY KEY,
                version_id integer NOT NULL,
                last_updated bigint NOT NULL,
                status text NOT NULL,
                udi_di_key text NULL,
                registration_number text NULL,
                resource bytea NOT NULL,
                deleted integer NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX ux_devices_udi_di_key ON devices (udi_di_key) WHERE udi_di_key IS NOT NULL;
            CREATE UNIQUE INDEX ux_devices_registration_number ON devices (registration_number) WHERE registration_number IS NOT NULL;
            CREATE TABLE device_history (
                id text NOT NULL REFERENCES devices (id),
                version_id integer NOT NULL,
                last_updated bigint NOT NULL,
                resource bytea NOT NULL,
                deleted integer NOT NULL DEFAULT 0,
                PRIMARY KEY (id, version_id)
            );
            CREATE TABLE device_search_tokens (
                device_id text NOT NULL REFERENCES devices (id),
                param text NOT NULL,
                system text NULL,
                code text NOT NULL
            );
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code);
            CREATE INDEX ix_device_search_tokens_system_code ON device_search_tokens (param, system, code);
            CREATE INDEX ix_device_search_tokens_device ON device_search_tokens (device_id);
            CREATE TABLE device_search_strings (
                device_id text NOT NULL REFERENCES devices (id),
                param text NOT NULL,
                value_folded text COLLATE "C" NOT NULL,
                value_exact text NOT NULL
            );
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded);
            CREATE INDEX ix_device_search_strings_device ON device_search_strings (device_id);
            """),
        new(5, "registry search: keyset-ordered indexes, last-updated order, instance keys, provenance", """
            DROP INDEX ix_device_search_tokens_code;
            DROP INDEX ix_device_search_tokens_system_code;
            DROP INDEX ix_device_search_strings_folded;
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code, device_id);
            CREATE INDEX ix_device_search_tokens_system_code ON device_search_tokens (param, system, code, device_id);
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded, device_id);
            CREATE INDEX ix_device_search_strings_exact ON device_search_strings (param, value_exact);
            CREATE INDEX ix_devices_last_updated ON devices (last_updated, id);
            ALTER TABLE devices ADD COLUMN instance_key text NULL;
            CREATE UNIQUE INDEX ux_devices_instance_key ON devices (instance_key) WHERE instance_key IS NOT NULL;
            CREATE INDEX ix_device_history_last_updated ON device_history (last_updated, id, version_id);
            CREATE TABLE provenance (
                id text PRIMARY KEY,
                target_id text NOT NULL,
                target_version integer NOT NULL,
                recorded bigint NOT NULL,
                activity text NOT NULL,
                agent text NOT NULL,
                source_message text NULL,
                resource bytea NOT NULL
            );
            CREATE INDEX ix_provenance_target ON provenance (target_id, recorded, id);
            CREATE UNIQUE INDEX ux_provenance_source ON provenance (target_id, source_message) WHERE source_message IS NOT NULL;
            """),
        new(6, "registry bulk import: checkpoints of resumable imports", """
            CREATE TABLE import_checkpoints (
                source_key text PRIMARY KEY,
                source_path text NOT NULL,
                byte_offset bigint NOT NULL,
                line_number bigint NOT NULL,
                state text NOT NULL,
                updated_at bigint NOT NULL
            );
            """),
        new(9, "registry search: counts without DISTINCT (each string row knows the previous value of its device and parameter)", """
            ALTER TABLE device_search_strings ADD COLUMN prev_folded text COLLATE "C" NULL;
            UPDATE device_search_strings AS s SET prev_folded = p.prev
            FROM (SELECT ctid AS row_id, LAG(value_folded) OVER (PARTITION BY device_id, param ORDER BY value_folded, value_exact COLLATE "C") AS prev
                  FROM device_search_strings) AS p
            WHERE p.row_id = s.ctid AND p.prev IS NOT NULL;
            DROP INDEX ix_device_search_strings_folded;
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded, device_id) INCLUDE (prev_folded);
            """),
        new(10, "registry search: exact string matches use the folded index (value_folded = fold(value) narrows them first)", """
            DROP INDEX ix_device_search_strings_exact;
            """),
        new(11, "registry search: one token index (param, code, device_id, system) serves code and system|code searches in device order", """
            DROP INDEX ix_device_search_tokens_code;
            DROP INDEX ix_device_search_tokens_system_code;
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code, device_id, system);
            """),
    ];
}
