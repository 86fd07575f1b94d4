using System.Data.Common;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Audit;

/// <summary>
/// Audit log rows: appending sealed entries (inside a caller's transaction, under the audit lock) and reading the
/// chain back in sequence order for verification.
/// </summary>
public sealed class AuditStore(SqlDialect dialect)
{
    private const int PageSize = 5000;

    /// <summary>Seals <paramref name="events"/> after the last stored entry and inserts them; the caller holds the transaction.</summary>
    internal async Task<IReadOnlyList<AuditEntry>> AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEvent> events, long now, CancellationToken cancellationToken)
    {
        await dialect.LockForAuditAsync(connection, transaction, cancellationToken);
        var (sequence, previous) = await LastAsync(connection, transaction, cancellationToken);
        var sealedEntries = new List<AuditEntry>(events.Count);
        var batch = new CommandBatch();
        foreach (var audit in events)
        {
            var entry = AuditEntry.Seal(audit, ++sequence, now, previous);
            previous = entry.Hash;
            sealedEntries.Add(entry);
            batch.Add(dialect.Audit.InsertAuditEntrySql, ("sequence", entry.Sequence), ("recorded_at", entry.Time), ("actor", entry.Actor),
                ("action", entry.Action), ("target", entry.Target), ("purpose", entry.Purpose), ("legal_basis", entry.LegalBasis),
                ("outcome", entry.Outcome), ("details_hash", entry.DetailsHash), ("previous_hash", entry.PreviousHash), ("hash", entry.Hash));
        }

        await batch.ExecuteAsync(connection, transaction, cancellationToken);
        return sealedEntries;
    }

    /// <summary>The last stored entry's (sequence, hash), or (0, genesis) for an empty log; the caller holds the transaction.</summary>
    internal async Task<(long Sequence, string Hash)> LastAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var last = connection.Command(transaction, dialect.Audit.SelectLastAuditEntrySql);
        await using var reader = await last.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0L, AuditHash.Genesis);
    }

    /// <summary>Records a checkpoint; returns it with its id.</summary>
    internal async Task<AuditCheckpoint> InsertCheckpointAsync(DbConnection connection, DbTransaction transaction, AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, dialect.Audit.InsertAuditCheckpointSql, ("last_sequence", checkpoint.LastSequence),
            ("last_hash", checkpoint.LastHash), ("created_at", checkpoint.Time), ("status", checkpoint.Status), ("signature", checkpoint.Signature),
            ("public_key", checkpoint.PublicKey), ("reason", checkpoint.Reason));
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return checkpoint with { Id = id };
    }

    /// <summary>Every entry in sequence order.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        while (true)
        {
            var after = entries.Count > 0 ? entries[^1].Sequence : long.MinValue;
            var before = entries.Count;
            await using (var command = connection.Command(null, dialect.Audit.SelectAuditEntriesSql, ("after", after), ("limit", PageSize)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                        reader.NullableString(4), reader.NullableString(5), reader.NullableString(6), reader.GetString(7),
                        reader.NullableString(8), reader.GetString(9), reader.GetString(10)));
                }
            }

            if (entries.Count - before < PageSize)
            {
                return entries;
            }
        }
    }

    /// <summary>Every checkpoint in creation order.</summary>
    public async Task<IReadOnlyList<AuditCheckpoint>> ReadCheckpointsAsync(CancellationToken cancellationToken)
    {
        var checkpoints = new List<AuditCheckpoint>();
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Audit.SelectAuditCheckpointsSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checkpoints.Add(new AuditCheckpoint(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3),
                reader.GetString(4), reader.NullableString(5), reader.NullableString(6), reader.NullableString(7)));
        }

        return checkpoints;
    }

    /// <summary>Reads the chain and its checkpoints and verifies them.</summary>
    public async Task<AuditVerification> VerifyAsync(IReadOnlySet<string>? trustedPublicKeys, CancellationToken cancellationToken)
    {
        var entries = await ReadEntriesAsync(cancellationToken);
        var checkpoints = await ReadCheckpointsAsync(cancellationToken);
        return AuditChainVerifier.Verify(entries, checkpoints, trustedPublicKeys);
    }
}
