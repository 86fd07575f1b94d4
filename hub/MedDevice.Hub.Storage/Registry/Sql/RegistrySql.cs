using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Registry.Sql;

/// <summary>
/// Device registry SQL (standard SQL for both engines). Every version of a device, the current one included,
/// is in <c>device_history</c>; <c>devices</c> holds the current version, its business keys and the deletion flag.
/// </summary>
public abstract class RegistrySql : IMigrationSource
{
    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    private const string DeviceColumns = "id, version_id, last_updated, status, udi_di_key, registration_number, resource, deleted";

    /// <summary>
    /// Inserts version 1 of a device unless its id or a business key (UDI-DI key, registration number, instance key) is taken by
    /// any device, revoked ones included; affects no row then. Conflicts with an uncommitted insert wait for it.
    /// </summary>
    public virtual string InsertDeviceSql => """
        INSERT INTO devices (id, version_id, last_updated, status, udi_di_key, registration_number, instance_key, resource, deleted)
        VALUES (@id, 1, @last_updated, @status, @udi_di_key, @registration_number, @instance_key, @resource, 0)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Replaces the current version when it is still @expected_version; affects no row otherwise.</summary>
    public virtual string UpdateDeviceSql => """
        UPDATE devices SET version_id = @version_id, last_updated = @last_updated, status = @status,
            udi_di_key = @udi_di_key, registration_number = @registration_number, instance_key = COALESCE(@instance_key, instance_key), resource = @resource
        WHERE id = @id AND version_id = @expected_version AND deleted = 0
        """;

    /// <summary>Marks the device deleted as a new version (keys and resource kept) when it is still @expected_version.</summary>
    public virtual string RevokeDeviceSql => """
        UPDATE devices SET version_id = @version_id, last_updated = @last_updated, deleted = 1
        WHERE id = @id AND version_id = @expected_version AND deleted = 0
        """;

    /// <summary>Records one version in the history.</summary>
    public virtual string InsertDeviceHistorySql => """
        INSERT INTO device_history (id, version_id, last_updated, resource, deleted)
        VALUES (@id, @version_id, @last_updated, @resource, @deleted)
        """;

    /// <summary>The current version of a device by id.</summary>
    public virtual string SelectDeviceByIdSql => $"SELECT {DeviceColumns} FROM devices WHERE id = @id";

    /// <summary>The device holding a UDI-DI key (<c>issuer|di</c>).</summary>
    public virtual string SelectDeviceByUdiDiKeySql => $"SELECT {DeviceColumns} FROM devices WHERE udi_di_key = @udi_di_key";

    /// <summary>The instance-level device holding an instance key (UDI-DI key plus lot and serial).</summary>
    public virtual string SelectDeviceByInstanceKeySql => $"SELECT {DeviceColumns} FROM devices WHERE instance_key = @instance_key";

    /// <summary>The device holding a canonical registration number.</summary>
    public virtual string SelectDeviceByRegistrationNumberSql => $"SELECT {DeviceColumns} FROM devices WHERE registration_number = @registration_number";

    /// <summary>One version of a device.</summary>
    public virtual string SelectDeviceVersionSql => """
        SELECT id, version_id, last_updated, resource, deleted FROM device_history WHERE id = @id AND version_id = @version_id
        """;

    /// <summary>Every version of a device, newest first.</summary>
    public virtual string SelectDeviceHistorySql => """
        SELECT id, version_id, last_updated, resource, deleted FROM device_history WHERE id = @id ORDER BY version_id DESC
        """;

    /// <summary>Drops a device's token index rows (before writing the new ones).</summary>
    public virtual string DeleteDeviceTokensSql => "DELETE FROM device_search_tokens WHERE device_id = @device_id";

    /// <summary>Drops a device's string index rows (before writing the new ones).</summary>
    public virtual string DeleteDeviceStringsSql => "DELETE FROM device_search_strings WHERE device_id = @device_id";

    /// <summary>Adds one token index row.</summary>
    public virtual string InsertDeviceTokenSql => """
        INSERT INTO device_search_tokens (device_id, param, system, code) VALUES (@device_id, @param, @system, @code)
        """;

    /// <summary>Adds one string index row.</summary>
    public virtual string InsertDeviceStringSql => """
        INSERT INTO device_search_strings (device_id, param, value_folded, value_exact, prev_folded) VALUES (@device_id, @param, @value_folded, @value_exact, @prev_folded)
        """;

    /// <summary>
    /// Adds <paramref name="rows"/> token index rows in one statement: parameters <c>@device_id</c> and, per row i,
    /// <c>@param{i}</c>, <c>@system{i}</c>, <c>@code{i}</c> (one statement instead of one per row).
    /// </summary>
    public string InsertDeviceTokensSql(int rows) => MultiRowSql(TokenRows, rows,
        "INSERT INTO device_search_tokens (device_id, param, system, code) VALUES ", i => $"(@device_id, @param{i}, @system{i}, @code{i})");

    /// <summary>Adds <paramref name="rows"/> string index rows in one statement (<c>@param{i}</c>, <c>@value_folded{i}</c>, <c>@value_exact{i}</c>, <c>@prev_folded{i}</c>).</summary>
    public string InsertDeviceStringsSql(int rows) => MultiRowSql(StringRows, rows,
        "INSERT INTO device_search_strings (device_id, param, value_folded, value_exact, prev_folded) VALUES ",
        i => $"(@device_id, @param{i}, @value_folded{i}, @value_exact{i}, @prev_folded{i})");

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> TokenRows = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> StringRows = new();

    private static string MultiRowSql(System.Collections.Concurrent.ConcurrentDictionary<int, string> cache, int rows, string head, Func<int, string> row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        return cache.GetOrAdd(rows, n => head + string.Join(", ", Enumerable.Range(0, n).Select(row)));
    }

    /// <summary>Live devices with a string value of @param whose folded form matches the LIKE @pattern (escape <c>\</c>).</summary>
    public virtual string SearchDeviceStringsSql => """
        SELECT DISTINCT s.device_id FROM device_search_strings s JOIN devices d ON d.id = s.device_id
        WHERE s.param = @param AND s.value_folded LIKE @pattern ESCAPE '\' AND d.deleted = 0
        ORDER BY s.device_id
        LIMIT @limit
        """;

    /// <summary>Live devices with a token @system|@code for @param.</summary>
    public virtual string SearchDeviceTokensWithSystemSql => """
        SELECT DISTINCT t.device_id FROM device_search_tokens t JOIN devices d ON d.id = t.device_id
        WHERE t.param = @param AND t.system = @system AND t.code = @code AND d.deleted = 0
        ORDER BY t.device_id
        LIMIT @limit
        """;

    /// <summary>Live devices with a token @code for @param, in any system.</summary>
    public virtual string SearchDeviceTokensAnySystemSql => """
        SELECT DISTINCT t.device_id FROM device_search_tokens t JOIN devices d ON d.id = t.device_id
        WHERE t.param = @param AND t.code = @code AND d.deleted = 0
        ORDER BY t.device_id
        LIMIT @limit
        """;

    /// <summary>Records a Provenance unless this device already has one for the same source message.</summary>
    public virtual string InsertProvenanceSql => """
        INSERT INTO provenance (id, target_id, target_version, recorded, activity, agent, source_message, resource)
        VALUES (@id, @target_id, @target_version, @recorded, @activity, @agent, @source_message, @resource)
        ON CONFLICT DO NOTHING
        """;

    private const string ProvenanceColumns = "id, target_id, target_version, recorded, activity, agent, source_message, resource";

    /// <summary>A device's Provenance records, oldest first.</summary>
    public virtual string SelectProvenanceByTargetSql => $"SELECT {ProvenanceColumns} FROM provenance WHERE target_id = @target_id ORDER BY recorded, id LIMIT @limit";

    /// <summary>One Provenance by id.</summary>
    public virtual string SelectProvenanceByIdSql => $"SELECT {ProvenanceColumns} FROM provenance WHERE id = @id";

    /// <summary>The Provenance a source message left on a device, if any.</summary>
    public virtual string SelectProvenanceBySourceSql => $"SELECT {ProvenanceColumns} FROM provenance WHERE target_id = @target_id AND source_message = @source_message";

    /// <summary>Versions of every device, newest first, changed at or after @since and before the keyset position.</summary>
    public virtual string SelectAllDeviceHistorySql => """
        SELECT id, version_id, last_updated, resource, deleted FROM device_history
        WHERE last_updated >= @since
          AND (last_updated < @before OR (last_updated = @before AND (id < @before_id OR (id = @before_id AND version_id < @before_version))))
        ORDER BY last_updated DESC, id DESC, version_id DESC
        LIMIT @limit
        """;

    /// <summary>
    /// The FROM item for a search index table (<c>device_search_strings</c> or <c>device_search_tokens</c>) read by device
    /// id inside a correlated subquery. PostgreSQL's planner chooses well from statistics; SQLite gets a hint.
    /// </summary>
    public virtual string IndexTableByDevice(string table, string alias) => $"{table} {alias}";

    /// <summary>Records how far an import of one source got (in the transaction of the batch it follows).</summary>
    public virtual string UpsertImportCheckpointSql => """
        INSERT INTO import_checkpoints (source_key, source_path, byte_offset, line_number, state, updated_at)
        VALUES (@source_key, @source_path, @byte_offset, @line_number, @state, @updated_at)
        ON CONFLICT (source_key) DO UPDATE SET source_path = excluded.source_path, byte_offset = excluded.byte_offset,
            line_number = excluded.line_number, state = excluded.state, updated_at = excluded.updated_at
        """;

    /// <summary>The checkpoint of one source.</summary>
    public virtual string SelectImportCheckpointSql => """
        SELECT source_key, source_path, byte_offset, line_number, state, updated_at FROM import_checkpoints WHERE source_key = @source_key
        """;

    /// <summary>Forgets the checkpoint of one source (import finished or restarted).</summary>
    public virtual string DeleteImportCheckpointSql => "DELETE FROM import_checkpoints WHERE source_key = @source_key";
}
