using MedDevice.Hub.Storage.Migrations;

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

    /// <summary>WAL pages (4 KiB) a bulk session lets accumulate before copying them into the database: 512 MiB.</summary>
    internal const int BulkCheckpointPages = 131_072;

    /// <summary>
    /// A bulk session's connection settings: a large page cache, no per-row foreign-key look-ups, WAL synced at
    /// checkpoints and checkpointed every <see cref="BulkCheckpointPages"/> (SqliteBulkSession explains each).
    /// </summary>
    internal static string BulkSettingsSql { get; } =
        $"PRAGMA cache_size = -1048576; PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {BulkCheckpointPages}";

    /// <summary>The settings every hub connection runs with (SqliteDialect.OpenConnectionAsync and SQLite's defaults), restored after a bulk session.</summary>
    internal const string RestoreSettingsSql = "PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 1000";

    /// <summary>Copies the WAL into the database now, without waiting for readers.</summary>
    internal const string CheckpointWalSql = "PRAGMA wal_checkpoint(PASSIVE)";

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

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(4, "device registry: current devices, version history, search index", """
            CREATE TABLE devices (
                id TEXT PRIMARY KEY,
                version_id INTEGER NOT NULL,
                last_updated INTEGER NOT NULL,
                status TEXT NOT NULL,
                udi_di_key TEXT NULL,
                registration_number TEXT NULL,
                resource BLOB NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX ux_devices_udi_di_key ON devices (udi_di_key) WHERE udi_di_key IS NOT NULL;
            CREATE UNIQUE INDEX ux_devices_registration_number ON devices (registration_number) WHERE registration_number IS NOT NULL;
            CREATE TABLE device_history (
                id TEXT NOT NULL REFERENCES devices (id),
                version_id INTEGER NOT NULL,
                last_updated INTEGER NOT NULL,
                resource BLOB NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (id, version_id)
            );
            CREATE TABLE device_search_tokens (
                device_id TEXT NOT NULL REFERENCES devices (id),
                param TEXT NOT NULL,
                system TEXT NULL,
                code TEXT NOT NULL
            );
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code);
            CREATE INDEX ix_device_search_tokens_system_code ON device_search_tokens (param, system, code);
            CREATE INDEX ix_device_search_tokens_device ON device_search_tokens (device_id);
            CREATE TABLE device_search_strings (
                device_id TEXT NOT NULL REFERENCES devices (id),
                param TEXT NOT NULL,
                value_folded TEXT NOT NULL,
                value_exact TEXT NOT NULL
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
            ALTER TABLE devices ADD COLUMN instance_key TEXT NULL;
            CREATE UNIQUE INDEX ux_devices_instance_key ON devices (instance_key) WHERE instance_key IS NOT NULL;
            CREATE INDEX ix_device_history_last_updated ON device_history (last_updated, id, version_id);
            CREATE TABLE provenance (
                id TEXT PRIMARY KEY,
                target_id TEXT NOT NULL,
                target_version INTEGER NOT NULL,
                recorded INTEGER NOT NULL,
                activity TEXT NOT NULL,
                agent TEXT NOT NULL,
                source_message TEXT NULL,
                resource BLOB NOT NULL
            );
            CREATE INDEX ix_provenance_target ON provenance (target_id, recorded, id);
            CREATE UNIQUE INDEX ux_provenance_source ON provenance (target_id, source_message) WHERE source_message IS NOT NULL;
            """),
        new(6, "registry bulk import: checkpoints of resumable imports", """
            CREATE TABLE import_checkpoints (
                source_key TEXT PRIMARY KEY,
                source_path TEXT NOT NULL,
                byte_offset INTEGER NOT NULL,
                line_number INTEGER NOT NULL,
                state TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            );
            """),
        new(9, "registry search: counts without DISTINCT (each string row knows the previous value of its device and parameter)", """
            ALTER TABLE device_search_strings ADD COLUMN prev_folded TEXT NULL;
            UPDATE device_search_strings AS s SET prev_folded = p.prev
            FROM (SELECT rowid AS rid, LAG(value_folded) OVER (PARTITION BY device_id, param ORDER BY value_folded, value_exact) AS prev
                  FROM device_search_strings) AS p
            WHERE p.rid = s.rowid AND p.prev IS NOT NULL;
            DROP INDEX ix_device_search_strings_folded;
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded, device_id, prev_folded);
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
