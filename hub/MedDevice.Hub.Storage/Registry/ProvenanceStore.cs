using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Registry;

/// <summary>Provenance of device versions: written inside the device's write transaction, read per device.</summary>
public sealed class ProvenanceStore(SqlDialect dialect)
{
    /// <summary>Adds a Provenance in the caller's transaction; false when the device already has one from the same source message.</summary>
    public async Task<bool> InsertAsync(DbConnection connection, DbTransaction transaction, ProvenanceRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return await connection.ExecuteAsync(transaction, dialect.Registry.InsertProvenanceSql, cancellationToken,
            ("id", record.Id), ("target_id", record.TargetId), ("target_version", record.TargetVersion), ("recorded", record.Recorded),
            ("activity", record.Activity), ("agent", record.Agent), ("source_message", record.SourceMessage), ("resource", record.Resource)) == 1;
    }

    /// <summary>The Provenance a source message left on a device, in the caller's transaction (or outside one).</summary>
    public async Task<ProvenanceRecord?> FindBySourceAsync(DbConnection connection, DbTransaction? transaction, string targetId, string sourceMessage, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(connection, transaction, dialect.Registry.SelectProvenanceBySourceSql, cancellationToken, ("target_id", targetId), ("source_message", sourceMessage));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>A device's journey: its Provenance records, oldest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<ProvenanceRecord>> ForTargetAsync(string targetId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, null, dialect.Registry.SelectProvenanceByTargetSql, cancellationToken, ("target_id", targetId), ("limit", limit));
    }

    /// <summary>One Provenance by id; null when unknown.</summary>
    public async Task<ProvenanceRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        var found = await ReadAsync(connection, null, dialect.Registry.SelectProvenanceByIdSql, cancellationToken, ("id", id));
        return found.Count == 0 ? null : found[0];
    }

    private static async Task<IReadOnlyList<ProvenanceRecord>> ReadAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var records = new List<ProvenanceRecord>();
        await using var command = connection.Command(transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            records.Add(new ProvenanceRecord(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetString(5), reader.NullableString(6), (byte[])reader.GetValue(7)));
        }

        return records;
    }
}
