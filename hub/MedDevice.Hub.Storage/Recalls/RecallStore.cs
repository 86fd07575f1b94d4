using System.Data.Common;
using System.Globalization;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Recalls;

/// <summary>Recall and unsafe-lot records, looked up by UDI-DI key during verification.</summary>
public sealed class RecallStore(SqlDialect dialect, GroupCommitWriter writer)
{
    /// <summary>Records a recall; returns it with its id.</summary>
    public Task<RecallRecord> AddAsync(string udiDiKey, string? lot, string reason, long since, string recordedBy, long recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(udiDiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = connection.Command(transaction, dialect.Customs.InsertRecallSql, ("udi_di_key", udiDiKey), ("lot", lot),
                ("reason", reason), ("since", since), ("recorded_by", recordedBy), ("recorded_at", recordedAt));
            var id = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            return new RecallRecord(id, udiDiKey, lot, reason, since, recordedBy, recordedAt);
        });
    }

    /// <summary>The newest recalls (at most <paramref name="limit"/>), optionally of one UDI-DI key.</summary>
    public async Task<IReadOnlyList<RecallRecord>> ListAsync(string? udiDiKey, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, dialect.Customs.ListRecallsSql, cancellationToken, ("udi_di_key", udiDiKey), ("limit", limit));
    }

    /// <summary>Every recall of any of the keys, read on one connection.</summary>
    public async Task<IReadOnlyList<RecallRecord>> FindAsync(IReadOnlyCollection<string> udiDiKeys, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, udiDiKeys, cancellationToken);
    }

    /// <summary>The same on the caller's open connection (outside a transaction).</summary>
    public async Task<IReadOnlyList<RecallRecord>> FindAsync(DbConnection connection, IReadOnlyCollection<string> udiDiKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(udiDiKeys);
        var found = new List<RecallRecord>();
        foreach (var key in udiDiKeys.Distinct(StringComparer.Ordinal))
        {
            found.AddRange(await ReadAsync(connection, dialect.Customs.SelectRecallsByKeySql, cancellationToken, ("udi_di_key", key)));
        }

        return found;
    }

    private static async Task<IReadOnlyList<RecallRecord>> ReadAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var records = new List<RecallRecord>();
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            records.Add(new RecallRecord(reader.GetInt64(0), reader.GetString(1), reader.NullableString(2), reader.GetString(3), reader.GetInt64(4),
                reader.GetString(5), reader.GetInt64(6)));
        }

        return records;
    }
}
