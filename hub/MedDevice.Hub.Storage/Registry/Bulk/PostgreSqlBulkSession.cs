using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Registry.Sql;
using Npgsql;
using NpgsqlTypes;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// PostgreSQL: each step of a batch is one statement over arrays (<c>unnest</c>) — resolve, insert … ON CONFLICT DO
/// NOTHING, version-guarded update — and history and index rows go in with binary COPY. Rows a concurrent writer took
/// first are reported back (not inserted / not updated) so the writer resolves them again.
/// </summary>
internal sealed class PostgreSqlBulkSession : IBulkDeviceSession
{
    private readonly PostgreSqlDialect _dialect;
    private readonly IPayloadProtector _payloads;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private PostgreSqlBulkSession(PostgreSqlDialect dialect, IPayloadProtector payloads, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _dialect = dialect;
        _payloads = payloads;
        _connection = connection;
        _transaction = transaction;
    }

    public DbConnection Connection => _connection;

    public DbTransaction Transaction => _transaction;

    public static async Task<PostgreSqlBulkSession> BeginAsync(PostgreSqlDialect dialect, IPayloadProtector payloads, CancellationToken cancellationToken)
    {
        var connection = await dialect.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new PostgreSqlBulkSession(dialect, payloads, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Vacuums and analyzes the registry tables after a run of batches. Until then the planner has no statistics for the
    /// new rows and no page is marked all-visible, so the first searches read the heap for every index entry (and set
    /// hint bits as they go) while autovacuum catches up. Pages no batch touched are skipped, so a small import into a
    /// large registry stays cheap.
    /// </summary>
    public static async Task VacuumAsync(PostgreSqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PostgreSqlRegistrySql.VacuumSql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<BulkMatches[]> ResolveAsync(IReadOnlyList<BulkDeviceRow> rows, CancellationToken cancellationToken)
    {
        var matches = new BulkMatches[rows.Count];
        var (ordinals, kinds, keys) = (new List<int>(rows.Count * 2), new List<int>(rows.Count * 2), new List<string>(rows.Count * 2));
        for (var i = 0; i < rows.Count; i++)
        {
            matches[i] = new BulkMatches();
            var rowKeys = BulkMatches.KeysOf(rows[i].Write);
            for (var kind = 0; kind < rowKeys.Length; kind++)
            {
                if (rowKeys[kind] is { } key)
                {
                    ordinals.Add(i);
                    kinds.Add(kind);
                    keys.Add(key);
                }
            }
        }

        await using var command = Command(PostgreSqlRegistrySql.BulkResolveDevicesSql, ("ords", ordinals.ToArray()), ("kinds", kinds.ToArray()), ("keys", keys.ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var match = new BulkMatch(reader.GetString(2), reader.GetInt32(3), reader.GetInt64(4), reader.GetString(5), reader.GetInt32(6) != 0,
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8), _payloads.Unprotect((byte[])reader.GetValue(9)));
            matches[reader.GetInt32(0)].Set(reader.GetInt32(1), match);
        }

        return matches;
    }

    public async Task<IReadOnlySet<string>> InsertAsync(IReadOnlyList<BulkInsert> inserts, long now, CancellationToken cancellationToken)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (inserts.Count == 0)
        {
            return inserted;
        }

        // In key order: two batches inserting overlapping keys wait for each other in the same order rather than in a cycle.
        inserts = [.. inserts.OrderBy(i => i.Row.Write.UdiDiKey ?? i.Row.Write.RegistrationNumber ?? i.Row.Write.InstanceKey ?? i.Id, StringComparer.Ordinal)];

        await using var command = Command(PostgreSqlRegistrySql.BulkInsertDevicesSql,
            ("last_updated", now),
            ("ids", inserts.Select(i => i.Id).ToArray()),
            ("statuses", inserts.Select(i => i.Row.Write.Status).ToArray()),
            ("udis", inserts.Select(i => i.Row.Write.UdiDiKey).ToArray()),
            ("regs", inserts.Select(i => i.Row.Write.RegistrationNumber).ToArray()),
            ("instances", inserts.Select(i => i.Row.Write.InstanceKey).ToArray()),
            ("resources", inserts.Select(i => i.Row.StoredResource).ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add(reader.GetString(0));
        }

        return inserted;
    }

    public async Task<IReadOnlyDictionary<string, int>> UpdateAsync(IReadOnlyList<BulkUpdate> updates, long now, CancellationToken cancellationToken)
    {
        var updated = new Dictionary<string, int>(StringComparer.Ordinal);
        if (updates.Count == 0)
        {
            return updated;
        }

        updates = [.. updates.OrderBy(u => u.Id, StringComparer.Ordinal)];
        await using (var locks = Command(PostgreSqlRegistrySql.BulkLockDevicesSql, ("ids", updates.Select(u => u.Id).ToArray())))
        {
            await locks.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = Command(PostgreSqlRegistrySql.BulkUpdateDevicesSql,
            ("last_updated", now),
            ("ids", updates.Select(u => u.Id).ToArray()),
            ("expected", updates.Select(u => u.ExpectedVersion).ToArray()),
            ("statuses", updates.Select(u => u.Row.Write.Status).ToArray()),
            ("udis", updates.Select(u => u.Row.Write.UdiDiKey).ToArray()),
            ("regs", updates.Select(u => u.Row.Write.RegistrationNumber).ToArray()),
            ("instances", updates.Select(u => u.Row.Write.InstanceKey).ToArray()),
            ("resources", updates.Select(u => u.Row.StoredResource).ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            updated[reader.GetString(0)] = reader.GetInt32(1);
        }

        return updated;
    }

    public async Task WriteVersionsAsync(IReadOnlyList<BulkVersion> versions, long now, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return;
        }

        var replaced = versions.Where(v => v.Replaces).Select(v => v.Id).ToArray();
        if (replaced.Length > 0)
        {
            await using var tokens = Command(PostgreSqlRegistrySql.BulkDeleteDeviceTokensSql, ("ids", replaced));
            await tokens.ExecuteNonQueryAsync(cancellationToken);
            await using var strings = Command(PostgreSqlRegistrySql.BulkDeleteDeviceStringsSql, ("ids", replaced));
            await strings.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var history = await _connection.BeginBinaryImportAsync(PostgreSqlRegistrySql.CopyDeviceHistorySql, cancellationToken))
        {
            WriteHistory(history, versions, now);
            await history.CompleteAsync(cancellationToken);
        }

        await using (var tokens = await _connection.BeginBinaryImportAsync(PostgreSqlRegistrySql.CopyDeviceTokensSql, cancellationToken))
        {
            WriteTokens(tokens, versions);
            await tokens.CompleteAsync(cancellationToken);
        }

        await using (var strings = await _connection.BeginBinaryImportAsync(PostgreSqlRegistrySql.CopyDeviceStringsSql, cancellationToken))
        {
            WriteStrings(strings, versions);
            await strings.CompleteAsync(cancellationToken);
        }
    }

    // COPY rows are written with the synchronous API: values go into Npgsql's buffer and only a full buffer touches the
    // socket, so an awaited call per value would cost ~2 µs each for nothing (a million index rows per 100,000 devices).
    private static void WriteHistory(NpgsqlBinaryImporter history, IReadOnlyList<BulkVersion> versions, long now)
    {
        foreach (var version in versions)
        {
            history.StartRow();
            history.Write(version.Id, NpgsqlDbType.Text);
            history.Write(version.VersionId, NpgsqlDbType.Integer);
            history.Write(now, NpgsqlDbType.Bigint);
            history.Write(version.Row.StoredResource, NpgsqlDbType.Bytea);
            history.Write(0, NpgsqlDbType.Integer);
        }
    }

    private static void WriteTokens(NpgsqlBinaryImporter tokens, IReadOnlyList<BulkVersion> versions)
    {
        foreach (var version in versions)
        {
            foreach (var token in version.Row.Tokens)
            {
                tokens.StartRow();
                tokens.Write(version.Id, NpgsqlDbType.Text);
                tokens.Write(token.Param, NpgsqlDbType.Text);
                if (token.System is null)
                {
                    tokens.WriteNull();
                }
                else
                {
                    tokens.Write(token.System, NpgsqlDbType.Text);
                }

                tokens.Write(token.Code, NpgsqlDbType.Text);
            }
        }
    }

    private static void WriteStrings(NpgsqlBinaryImporter strings, IReadOnlyList<BulkVersion> versions)
    {
        foreach (var version in versions)
        {
            foreach (var (param, folded, exact, previous) in version.Row.Strings)
            {
                strings.StartRow();
                strings.Write(version.Id, NpgsqlDbType.Text);
                strings.Write(param, NpgsqlDbType.Text);
                strings.Write(folded, NpgsqlDbType.Text);
                strings.Write(exact, NpgsqlDbType.Text);
                if (previous is null)
                {
                    strings.WriteNull();
                }
                else
                {
                    strings.Write(previous, NpgsqlDbType.Text);
                }
            }
        }
    }

    public async Task SaveCheckpointAsync(BulkCheckpoint checkpoint, long now, CancellationToken cancellationToken)
    {
        await using var command = Command(_dialect.Registry.UpsertImportCheckpointSql, ("source_key", checkpoint.SourceKey), ("source_path", checkpoint.SourcePath),
            ("byte_offset", checkpoint.ByteOffset), ("line_number", checkpoint.LineNumber), ("state", checkpoint.State), ("updated_at", now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
