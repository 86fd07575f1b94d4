using System.Data.Common;
using System.Globalization;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.PartnerState;

/// <summary>
/// Partner modules' own keyed state (cursors, pending exchanges, …), one JSON item per (partner, kind, key). Writes are
/// version-checked and report a conflict as a value; they run in the group commit or join a caller's transaction, so a
/// pipeline can commit a state change with the inbox completion that caused it.
/// </summary>
public sealed class PartnerStateStore(SqlDialect dialect, GroupCommitWriter writer)
{
    /// <summary>The largest page <see cref="ListAsync"/> returns.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>One item, or null when it does not exist.</summary>
    public async Task<PartnerStateRecord?> FindAsync(string partner, string kind, string key, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, partner, kind, key, cancellationToken);
    }

    /// <summary>The same on the caller's connection, inside or outside its transaction.</summary>
    public async Task<PartnerStateRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, string partner, string kind, string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.Command(transaction, dialect.PartnerState.SelectPartnerStateSql, ("partner", partner), ("kind", kind), ("key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Up to <paramref name="limit"/> items of one partner and kind in key order, after <paramref name="afterKey"/> (null: from the first).</summary>
    public async Task<PartnerStatePage> ListAsync(string partner, string kind, string? afterKey, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        var items = new List<PartnerStateRecord>(limit + 1);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using (var command = connection.Command(null, dialect.PartnerState.ListPartnerStateSql,
            ("partner", partner), ("kind", kind), ("after", afterKey), ("limit", limit + 1)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }
        }

        // One row more than asked says whether another page follows.
        if (items.Count <= limit)
        {
            return new PartnerStatePage(items, null);
        }

        items.RemoveAt(limit);
        return new PartnerStatePage(items, items[^1].Key);
    }

    /// <summary>Applies the write in the next group commit; returns after that commit.</summary>
    public Task<PartnerStateWriteResult> SaveAsync(PartnerStateWrite write)
    {
        Validate(write);
        return writer.WriteAsync((connection, transaction, ct) => SaveAsync(connection, transaction, write, ct));
    }

    /// <summary>
    /// Applies the write in the caller's transaction (it commits or rolls back with it). A conflict changes nothing and
    /// leaves the transaction usable; what to do with the rest of it is the caller's decision.
    /// </summary>
    public async Task<PartnerStateWriteResult> SaveAsync(DbConnection connection, DbTransaction transaction, PartnerStateWrite write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Validate(write);
        var written = write.ExpectedVersion == 0
            ? await connection.ExecuteAsync(transaction, dialect.PartnerState.InsertPartnerStateSql, cancellationToken,
                ("partner", write.Partner), ("kind", write.Kind), ("key", write.Key), ("json", write.Json), ("updated_at", write.UpdatedAt))
            : await connection.ExecuteAsync(transaction, dialect.PartnerState.UpdatePartnerStateSql, cancellationToken,
                ("json", write.Json), ("updated_at", write.UpdatedAt), ("partner", write.Partner), ("kind", write.Kind), ("key", write.Key),
                ("expected_version", write.ExpectedVersion));
        if (written > 0)
        {
            return new PartnerStateWriteResult.Saved(write.ExpectedVersion + 1);
        }

        await using var command = connection.Command(transaction, dialect.PartnerState.SelectPartnerStateVersionSql,
            ("partner", write.Partner), ("kind", write.Kind), ("key", write.Key));
        var current = await command.ExecuteScalarAsync(cancellationToken);
        return new PartnerStateWriteResult.Conflict(current is null or DBNull ? null : Convert.ToInt32(current, CultureInfo.InvariantCulture));
    }

    private static void Validate(PartnerStateWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentException.ThrowIfNullOrEmpty(write.Partner);
        ArgumentException.ThrowIfNullOrEmpty(write.Kind);
        ArgumentNullException.ThrowIfNull(write.Key);
        ArgumentNullException.ThrowIfNull(write.Json);
        ArgumentOutOfRangeException.ThrowIfNegative(write.ExpectedVersion);
    }

    private static PartnerStateRecord Read(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetInt64(5));
}
