using System.Data.Common;
using System.Security.Cryptography;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// Writes many devices in one transaction per batch with the registry's upsert semantics (<see cref="RegistryStore"/>):
/// matched by id or key (UDI-DI, registration number, instance key); a new device is version 1; a changed one gets the
/// next version; an unchanged one (same status and resource bytes) gets no version; a revoked one, a row whose keys
/// belong to two devices and a row not at its <see cref="DeviceWrite.ExpectedVersion"/> are not written; <see
/// cref="DeviceWrite.AfterWrite"/> runs in the batch's transaction. History, search index and encryption at rest
/// (<see cref="IPayloadProtector"/>) are as the store writes them. A checkpoint may be committed with the batch.
/// </summary>
/// <remarks>
/// Race-free against concurrent single writers: inserts are <c>ON CONFLICT DO NOTHING</c> against the business-key unique
/// indexes and updates are guarded by the version read; a row that loses is resolved again in the same transaction.
/// Rows sharing a key within a batch are applied in file order (later passes). A batch that hits a unique violation,
/// deadlock or busy database is rolled back and retried whole.
/// </remarks>
public sealed class RegistryBulkWriter(SqlDialect dialect, TimeProvider time, IPayloadProtector? protector = null)
{
    private readonly IPayloadProtector _payloads = protector ?? PlainPayloads.Instance;

    private const int MaxPasses = 16;
    private const int MaxBatchAttempts = 10;

    /// <summary>
    /// Writes <paramref name="rows"/> in one transaction. <paramref name="beforeCommit"/> sees the results and may return a
    /// checkpoint to commit with them; it runs once per attempt (a retried batch calls it again), so it must be repeatable.
    /// </summary>
    /// <returns>One result per row, in order.</returns>
    public async Task<IReadOnlyList<DeviceWriteResult>> WriteAsync(
        IReadOnlyList<BulkDeviceRow> rows,
        Func<IReadOnlyList<DeviceWriteResult>, BulkCheckpoint?>? beforeCommit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = await BeginAsync(cancellationToken);
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                var results = await ApplyAsync(session, rows, now, cancellationToken);
                if (beforeCommit?.Invoke(results) is { } checkpoint)
                {
                    await session.SaveCheckpointAsync(checkpoint, now, cancellationToken);
                }

                await session.CommitAsync(cancellationToken);
                return results;
            }
            catch (DbException ex) when (attempt < MaxBatchAttempts && IsRetryable(ex))
            {
                // Rolled back by disposing the session: a concurrent writer got in between. Back off a little (jittered,
                // so two batches that deadlocked do not collide again in step), then resolve everything again.
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(5, 25 * attempt)), cancellationToken);
            }
        }
    }

    /// <summary>Prepares and writes <paramref name="writes"/> (preparation runs in parallel).</summary>
    public Task<IReadOnlyList<DeviceWriteResult>> WriteAsync(IReadOnlyList<DeviceWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var rows = new BulkDeviceRow[writes.Count];
        Parallel.For(0, rows.Length, i => rows[i] = Prepare(writes[i]));
        return WriteAsync(rows, null, cancellationToken);
    }

    /// <summary>Makes <paramref name="write"/> ready to write: folds its strings and protects its resource (thread-safe; run it in parallel).</summary>
    public BulkDeviceRow Prepare(DeviceWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        // One ciphertext serves the device row and its history row: same plaintext under the same nonce.
        return new BulkDeviceRow(write, _payloads.Protect(write.Resource));
    }

    /// <summary>
    /// Ends a run of batches, leaving the registry ready to serve searches at full speed: on SQLite, copies the WAL the
    /// bulk sessions let grow into the database; on PostgreSQL, vacuums and analyzes the registry tables. Call it once
    /// after the last batch, so the import's time includes it.
    /// </summary>
    public Task FinishAsync(CancellationToken cancellationToken) => dialect is PostgreSqlDialect postgres
        ? PostgreSqlBulkSession.VacuumAsync(postgres, cancellationToken)
        : SqliteBulkSession.CheckpointAsync(dialect, cancellationToken);

    private async Task<IBulkDeviceSession> BeginAsync(CancellationToken cancellationToken) => dialect switch
    {
        PostgreSqlDialect postgres => await PostgreSqlBulkSession.BeginAsync(postgres, _payloads, cancellationToken),
        _ => await SqliteBulkSession.BeginAsync(dialect, _payloads, cancellationToken),
    };

    private static async Task<DeviceWriteResult[]> ApplyAsync(IBulkDeviceSession session, IReadOnlyList<BulkDeviceRow> rows, long now, CancellationToken ct)
    {
        var results = new DeviceWriteResult?[rows.Count];
        var unchangedAt = new Dictionary<int, long>();
        var pending = Enumerable.Range(0, rows.Count).ToList();
        for (var pass = 0; pending.Count > 0; pass++)
        {
            if (pass == MaxPasses)
            {
                throw new InvalidOperationException($"Bulk rows kept losing to concurrent writers ({MaxPasses} passes).");
            }

            var (current, deferred) = BulkPasses.Split(pending, rows);
            var passRows = current.Select(o => rows[o]).ToList();
            var matches = await session.ResolveAsync(passRows, ct);
            var inserts = new List<BulkInsert>();
            var updates = new List<BulkUpdate>();
            var retry = new List<int>();
            var claimed = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < current.Count; i++)
            {
                var ordinal = current[i];
                var row = rows[ordinal];
                // Rows reaching one device through different keys: the later one waits for the next pass, where it sees the earlier one's write.
                var devices = matches[i].Distinct().Select(m => m.Id).ToList();
                if (devices.Any(claimed.Contains))
                {
                    retry.Add(ordinal);
                    continue;
                }

                claimed.UnionWith(devices);
                results[ordinal] = Decide(row, matches[i], out var existing);
                if (results[ordinal] is not null)
                {
                    if (results[ordinal]!.Outcome == DeviceWriteOutcome.Unchanged)
                    {
                        unchangedAt[ordinal] = existing!.LastUpdated;
                    }

                    continue;
                }

                if (existing is null)
                {
                    inserts.Add(new BulkInsert(ordinal, row.Write.Id ?? Guid.CreateVersion7().ToString("D"), row));
                }
                else
                {
                    updates.Add(new BulkUpdate(ordinal, existing.Id, existing.VersionId, row, existing.UdiDiKey, existing.RegistrationNumber));
                }
            }

            var inserted = await session.InsertAsync(inserts, now, ct);
            var updated = await session.UpdateAsync(updates, now, ct);
            var versions = new List<BulkVersion>(inserts.Count + updates.Count);
            foreach (var insert in inserts)
            {
                if (inserted.Contains(insert.Id))
                {
                    results[insert.Ordinal] = new DeviceWriteResult(DeviceWriteOutcome.Created, insert.Id, 1);
                    versions.Add(new BulkVersion(insert.Id, 1, insert.Row));
                }
                else
                {
                    retry.Add(insert.Ordinal); // another writer took a key first: resolve again and treat it as existing
                }
            }

            foreach (var update in updates)
            {
                if (updated.TryGetValue(update.Id, out var version))
                {
                    results[update.Ordinal] = new DeviceWriteResult(DeviceWriteOutcome.Updated, update.Id, version);
                    versions.Add(new BulkVersion(update.Id, version, update.Row));
                }
                else
                {
                    retry.Add(update.Ordinal); // changed or revoked meanwhile
                }
            }

            await session.WriteVersionsAsync(versions, now, ct);
            await RunHooksAsync(session, rows, results, current, unchangedAt, now, ct);
            pending = [.. deferred.Concat(retry).Order()];
        }

        return results.Select(r => r!).ToArray();
    }

    /// <summary>The final result when no write is needed (conflicts, revoked, kept, unchanged); else null with the device to update, if any.</summary>
    private static DeviceWriteResult? Decide(BulkDeviceRow row, BulkMatches matches, out BulkMatch? existing)
    {
        existing = null;
        var write = row.Write;
        var found = matches.Distinct();
        // A key held by another device than the one the id names (or than the other keys') cannot be written.
        if (found.Count > 1 || (write.Id is not null && matches.ById is null && found.Count == 1))
        {
            return new DeviceWriteResult(DeviceWriteOutcome.KeyConflict, null, 0);
        }

        existing = found.SingleOrDefault();
        if (write.ExpectedVersion is { } expected && (existing is null || existing.VersionId != expected || existing.Deleted))
        {
            return new DeviceWriteResult(DeviceWriteOutcome.VersionConflict, existing?.Id, existing?.VersionId ?? 0);
        }

        if (existing is null)
        {
            return null;
        }

        if (existing.Deleted)
        {
            return new DeviceWriteResult(DeviceWriteOutcome.Revoked, existing.Id, existing.VersionId);
        }

        if (write.OnExisting == ExistingDevicePolicy.Keep)
        {
            return new DeviceWriteResult(DeviceWriteOutcome.Existing, existing.Id, existing.VersionId);
        }

        return string.Equals(existing.Status, write.Status, StringComparison.Ordinal) && existing.Resource.AsSpan().SequenceEqual(write.Resource)
            ? new DeviceWriteResult(DeviceWriteOutcome.Unchanged, existing.Id, existing.VersionId)
            : null;
    }

    /// <summary>Runs the write hooks of the pass's rows that were created, updated or found unchanged (as the store does).</summary>
    private static async Task RunHooksAsync(IBulkDeviceSession session, IReadOnlyList<BulkDeviceRow> rows, DeviceWriteResult?[] results,
        List<int> pass, Dictionary<int, long> unchangedAt, long now, CancellationToken ct)
    {
        foreach (var ordinal in pass)
        {
            if (rows[ordinal].Write.AfterWrite is { } hook
                && results[ordinal] is { Outcome: DeviceWriteOutcome.Created or DeviceWriteOutcome.Updated or DeviceWriteOutcome.Unchanged } result)
            {
                await hook(session.Connection, session.Transaction, result, unchangedAt.GetValueOrDefault(ordinal, now), ct);
            }
        }
    }

    private static bool IsRetryable(DbException exception) => exception switch
    {
        // unique_violation (a key changed under an update), deadlock_detected, serialization_failure
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.SerializationFailure,
        // SQLITE_BUSY, SQLITE_LOCKED: another process held the write lock past the busy timeout
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        _ => false,
    };
}
