using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Registry.Sql;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// SQLite: one immediate (write-locked) transaction per batch, so no other writer interleaves; every statement is
/// prepared once per batch and re-run with new parameter values.
/// </summary>
internal sealed class SqliteBulkSession : IBulkDeviceSession
{
    private readonly SqlDialect _dialect;
    private readonly IPayloadProtector _payloads;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    // The devices column of each key kind of BulkMatches (id, UDI-DI key, registration number, instance key).
    private static readonly string[] KeyColumns = ["id", "udi_di_key", "registration_number", "instance_key"];

    private SqliteBulkSession(SqlDialect dialect, IPayloadProtector payloads, SqliteConnection connection, SqliteTransaction transaction)
    {
        _dialect = dialect;
        _payloads = payloads;
        _connection = connection;
        _transaction = transaction;
    }

    public DbConnection Connection => _connection;

    public DbTransaction Transaction => _transaction;

    public static async Task<SqliteBulkSession> BeginAsync(SqlDialect dialect, IPayloadProtector payloads, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)await dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            // A bulk batch touches many index pages spread over the whole registry: give this connection a page cache
            // (up to 1 GiB, allocated as pages are read) large enough for the indexes of a million-device registry.
            // History and index rows reference devices the same transaction wrote first, so per-row foreign-key
            // look-ups only cost time here. Each batch rewrites most index pages, so copying the WAL back into the
            // database after every batch (the default: past 1,000 pages) writes the same pages again and again: let
            // the WAL grow to SqliteRegistrySql.BulkCheckpointPages first. NORMAL syncs the WAL at checkpoints rather than at every
            // commit; the database stays consistent (WAL mode), and a power cut can only lose the last batches, whose
            // import checkpoint row is lost with them, so a resumed import writes them again. DisposeAsync restores
            // the hub's settings before the connection goes back to the pool.
            await RunAsync(connection, SqliteRegistrySql.BulkSettingsSql, cancellationToken);

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteBulkSession(dialect, payloads, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<BulkMatches[]> ResolveAsync(IReadOnlyList<BulkDeviceRow> rows, CancellationToken cancellationToken)
    {
        var matches = new BulkMatches[rows.Count];
        // Per key kind: each distinct key once, with the rows that carry it (rows of one batch may share a key).
        var rowsByKey = new Dictionary<string, List<int>>[KeyColumns.Length];
        for (var kind = 0; kind < KeyColumns.Length; kind++)
        {
            rowsByKey[kind] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            matches[i] = new BulkMatches();
            var keys = BulkMatches.KeysOf(rows[i].Write);
            for (var kind = 0; kind < keys.Length; kind++)
            {
                if (keys[kind] is { } key)
                {
                    if (!rowsByKey[kind].TryGetValue(key, out var ordinals))
                    {
                        rowsByKey[kind][key] = ordinals = [];
                    }

                    ordinals.Add(i);
                }
            }
        }

        for (var kind = 0; kind < KeyColumns.Length; kind++)
        {
            if (rowsByKey[kind].Count == 0)
            {
                continue;
            }

            var command = Prepared(SqliteRegistrySql.BulkResolveDevicesSql(KeyColumns[kind]), "keys");
            command.Parameters[0].Value = JsonSerializer.Serialize(rowsByKey[kind].Keys);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // Columns: key, then those of RegistrySql.SelectDeviceBy…Sql (id, version_id, last_updated, status, udi_di_key, registration_number, resource, deleted).
                var match = new BulkMatch(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetString(4), reader.GetInt32(8) != 0,
                    Nullable(reader, 5), Nullable(reader, 6), _payloads.Unprotect((byte[])reader.GetValue(7)));
                foreach (var ordinal in rowsByKey[kind][reader.GetString(0)])
                {
                    matches[ordinal].Set(kind, match);
                }
            }
        }

        return matches;
    }

    public async Task<IReadOnlySet<string>> InsertAsync(IReadOnlyList<BulkInsert> inserts, long now, CancellationToken cancellationToken)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        var command = Prepared(_dialect.Registry.InsertDeviceSql, "id", "last_updated", "status", "udi_di_key", "registration_number", "instance_key", "resource");
        foreach (var insert in inserts)
        {
            var write = insert.Row.Write;
            if (await RunAsync(command, cancellationToken, insert.Id, now, write.Status, write.UdiDiKey, write.RegistrationNumber, write.InstanceKey,
                    insert.Row.StoredResource) == 1)
            {
                inserted.Add(insert.Id);
            }
        }

        return inserted;
    }

    public async Task<IReadOnlyDictionary<string, int>> UpdateAsync(IReadOnlyList<BulkUpdate> updates, long now, CancellationToken cancellationToken)
    {
        var updated = new Dictionary<string, int>(StringComparer.Ordinal);
        var command = Prepared(_dialect.Registry.UpdateDeviceSql,
            "version_id", "last_updated", "status", "udi_di_key", "registration_number", "instance_key", "resource", "id", "expected_version");
        foreach (var update in updates)
        {
            var write = update.Row.Write;
            var version = update.ExpectedVersion + 1;
            if (await RunAsync(command, cancellationToken, version, now, write.Status, write.UdiDiKey ?? update.StoredUdiDiKey,
                    write.RegistrationNumber ?? update.StoredRegistrationNumber, write.InstanceKey, update.Row.StoredResource, update.Id, update.ExpectedVersion) == 1)
            {
                updated[update.Id] = version;
            }
        }

        return updated;
    }

    public async Task WriteVersionsAsync(IReadOnlyList<BulkVersion> versions, long now, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return;
        }

        var history = Prepared(_dialect.Registry.InsertDeviceHistorySql, "id", "version_id", "last_updated", "resource", "deleted");
        foreach (var version in versions)
        {
            await RunAsync(history, cancellationToken, version.Id, version.VersionId, now, version.Row.StoredResource, 0);
        }

        var replaced = versions.Where(v => v.Replaces).Select(v => v.Id).ToList();
        if (replaced.Count > 0)
        {
            var ids = JsonSerializer.Serialize(replaced);
            await RunAsync(Prepared(SqliteRegistrySql.BulkDeleteDeviceTokensSql, "ids"), cancellationToken, ids);
            await RunAsync(Prepared(SqliteRegistrySql.BulkDeleteDeviceStringsSql, "ids"), cancellationToken, ids);
        }

        await RunAsync(Prepared(SqliteRegistrySql.BulkInsertDeviceTokensSql, "rows"), cancellationToken,
            JsonRows(versions, v => v.Row.Tokens.Select(t => (t.Param, t.System, t.Code, (string?)null))));
        await RunAsync(Prepared(SqliteRegistrySql.BulkInsertDeviceStringsSql, "rows"), cancellationToken,
            JsonRows(versions, v => v.Row.Strings.Select(s => (s.Param, (string?)s.Folded, s.Exact, s.PreviousFolded))));
    }

    /// <summary>A JSON array of <c>[device_id, a, b, c, d]</c> rows for <c>json_each</c>, in index order (a, b, c).</summary>
    private static string JsonRows(IReadOnlyList<BulkVersion> versions, Func<BulkVersion, IEnumerable<(string A, string? B, string C, string? D)>> values)
    {
        // Sorted like the indexes (param, system/folded value, code): neighbouring inserts land on the same B-tree pages.
        var rows = versions.SelectMany(v => values(v).Select(x => (Id: v.Id, x.A, x.B, x.C, x.D))).ToArray();
        Array.Sort(rows, static (x, y) =>
        {
            var order = string.CompareOrdinal(x.A, y.A);
            if (order == 0)
            {
                order = string.CompareOrdinal(x.B, y.B);
            }

            return order != 0 ? order : string.CompareOrdinal(x.C, y.C);
        });
        var buffer = new ArrayBufferWriter<byte>(versions.Count * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var (id, a, b, c, d) in rows)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(id);
                writer.WriteStringValue(a);
                writer.WriteStringValue(b);
                writer.WriteStringValue(c);
                writer.WriteStringValue(d);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public async Task SaveCheckpointAsync(BulkCheckpoint checkpoint, long now, CancellationToken cancellationToken)
    {
        var command = Prepared(_dialect.Registry.UpsertImportCheckpointSql, "source_key", "source_path", "byte_offset", "line_number", "state", "updated_at");
        await RunAsync(command, cancellationToken, checkpoint.SourceKey, checkpoint.SourcePath, checkpoint.ByteOffset, checkpoint.LineNumber, checkpoint.State, now);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        await _transaction.DisposeAsync();
        try
        {
            await RunAsync(_connection, SqliteRegistrySql.RestoreSettingsSql, CancellationToken.None);
        }
        catch (SqliteException)
        {
            SqliteConnection.ClearPool(_connection); // cannot be restored: make sure the connection is not reused
        }

        await _connection.DisposeAsync();
    }

    /// <summary>Copies the WAL into the database now (without waiting for readers), rather than leaving it to the next writer.</summary>
    public static async Task CheckpointAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var connection = (SqliteConnection)await dialect.OpenConnectionAsync(cancellationToken);
        await RunAsync(connection, SqliteRegistrySql.CheckpointWalSql, cancellationToken);
    }

    private static async Task RunAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteCommand Prepared(string sql, params string[] names)
    {
        if (_commands.TryGetValue(sql, out var existing))
        {
            return existing;
        }

        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter("@" + name, null));
        }

        command.Prepare();
        _commands[sql] = command;
        return command;
    }

    private static Task<int> RunAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
