using System.Data.Common;
using System.Security.Cryptography;
using MedDevice.Hub.Storage.Dialects;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// SQLite: one immediate (write-locked) transaction per batch, so no other writer interleaves; every statement is
/// prepared once per batch and re-run with new parameter values.
/// </summary>
internal sealed class SqliteBulkSession : IBulkDeviceSession
{
    private readonly SqlDialect _dialect;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteBulkSession(SqlDialect dialect, SqliteConnection connection, SqliteTransaction transaction)
    {
        _dialect = dialect;
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<SqliteBulkSession> BeginAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)await dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            // A bulk batch touches many index pages: give this connection a larger page cache than the default 2 MB.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA cache_size = -131072";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteBulkSession(dialect, connection, transaction);
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
        for (var i = 0; i < rows.Count; i++)
        {
            var write = rows[i].Write;
            matches[i] = new BulkMatches
            {
                ById = write.Id is null ? null : await SelectAsync(_dialect.SelectDeviceByIdSql, "id", write.Id, cancellationToken),
                ByUdiDi = write.UdiDiKey is null ? null : await SelectAsync(_dialect.SelectDeviceByUdiDiKeySql, "udi_di_key", write.UdiDiKey, cancellationToken),
                ByRegistration = write.RegistrationNumber is null ? null
                    : await SelectAsync(_dialect.SelectDeviceByRegistrationNumberSql, "registration_number", write.RegistrationNumber, cancellationToken),
            };
        }

        return matches;
    }

    public async Task<IReadOnlySet<string>> InsertAsync(IReadOnlyList<BulkInsert> inserts, long now, CancellationToken cancellationToken)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        var command = Prepared(_dialect.InsertDeviceSql, "id", "last_updated", "status", "udi_di_key", "registration_number", "resource");
        foreach (var insert in inserts)
        {
            var write = insert.Row.Write;
            if (await RunAsync(command, cancellationToken, insert.Id, now, write.Status, write.UdiDiKey, write.RegistrationNumber, write.Resource) == 1)
            {
                inserted.Add(insert.Id);
            }
        }

        return inserted;
    }

    public async Task<IReadOnlyDictionary<string, int>> UpdateAsync(IReadOnlyList<BulkUpdate> updates, long now, CancellationToken cancellationToken)
    {
        var updated = new Dictionary<string, int>(StringComparer.Ordinal);
        var command = Prepared(_dialect.UpdateDeviceSql,
            "version_id", "last_updated", "status", "udi_di_key", "registration_number", "resource", "id", "expected_version");
        foreach (var update in updates)
        {
            var write = update.Row.Write;
            var version = update.ExpectedVersion + 1;
            if (await RunAsync(command, cancellationToken, version, now, write.Status, write.UdiDiKey ?? update.StoredUdiDiKey,
                    write.RegistrationNumber ?? update.StoredRegistrationNumber, write.Resource, update.Id, update.ExpectedVersion) == 1)
            {
                updated[update.Id] = version;
            }
        }

        return updated;
    }

    public async Task WriteVersionsAsync(IReadOnlyList<BulkVersion> versions, long now, CancellationToken cancellationToken)
    {
        var history = Prepared(_dialect.InsertDeviceHistorySql, "id", "version_id", "last_updated", "resource", "deleted");
        var deleteTokens = Prepared(_dialect.DeleteDeviceTokensSql, "device_id");
        var deleteStrings = Prepared(_dialect.DeleteDeviceStringsSql, "device_id");
        var token = Prepared(_dialect.InsertDeviceTokenSql, "device_id", "param", "system", "code");
        var text = Prepared(_dialect.InsertDeviceStringSql, "device_id", "param", "value_folded", "value_exact");
        foreach (var version in versions)
        {
            await RunAsync(history, cancellationToken, version.Id, version.VersionId, now, version.Row.Write.Resource, 0);
            if (version.Replaces)
            {
                await RunAsync(deleteTokens, cancellationToken, version.Id);
                await RunAsync(deleteStrings, cancellationToken, version.Id);
            }

            foreach (var value in version.Row.Tokens)
            {
                await RunAsync(token, cancellationToken, version.Id, value.Param, value.System, value.Code);
            }

            foreach (var (param, folded, exact) in version.Row.Strings)
            {
                await RunAsync(text, cancellationToken, version.Id, param, folded, exact);
            }
        }
    }

    public async Task SaveCheckpointAsync(BulkCheckpoint checkpoint, long now, CancellationToken cancellationToken)
    {
        var command = Prepared(_dialect.UpsertImportCheckpointSql, "source_key", "source_path", "byte_offset", "line_number", "state", "updated_at");
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
        await _connection.DisposeAsync();
    }

    private async Task<BulkMatch?> SelectAsync(string sql, string name, string key, CancellationToken cancellationToken) =>
        await ReadMatchAsync(Prepared(sql, name), key, cancellationToken);

    private static async Task<BulkMatch?> ReadMatchAsync(SqliteCommand command, string key, CancellationToken cancellationToken)
    {
        command.Parameters[0].Value = key;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        // Columns of SqlDialect.SelectDeviceBy…Sql: id, version_id, last_updated, status, udi_di_key, registration_number, resource, deleted.
        return new BulkMatch(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(7) != 0, Nullable(reader, 4), Nullable(reader, 5),
            SHA256.HashData((byte[])reader.GetValue(6)));
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
