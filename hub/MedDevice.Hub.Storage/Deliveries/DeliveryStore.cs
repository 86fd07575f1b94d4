using System.Data.Common;
using System.Globalization;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>The outbound queue: claims, outcomes, dead letters, replay and queue figures.</summary>
public sealed class DeliveryStore(SqlDialect dialect, GroupCommitWriter writer, IPayloadProtector? protector = null)
{
    private readonly IPayloadProtector _payloads = protector ?? PlainPayloads.Instance;

    /// <summary>Claims due deliveries (only the head of each key for per-key subscribers) with their payloads.</summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string node, int limit, long now, long leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = await writer.WriteAsync<List<ClaimedDelivery>>(async (connection, transaction, ct) =>
        {
            var rows = new List<ClaimedDelivery>(limit);
            await using var command = connection.Command(transaction, dialect.Deliveries.ClaimDeliveriesSql,
                ("lease", leaseUntil), ("node", node), ("now", now), ("limit", limit));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new ClaimedDelivery(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6)));
            }

            return rows;
        });
        if (claimed.Count == 0)
        {
            return claimed;
        }

        claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
        return await AttachPayloadsAsync(claimed, cancellationToken);
    }

    /// <summary>Commits a batch of outcomes in one transaction.</summary>
    public Task CompleteAsync(IReadOnlyList<DeliveryOutcome> outcomes, long now)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var batch = new CommandBatch();
        foreach (var outcome in outcomes)
        {
            Add(batch, outcome, now);
        }

        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            await batch.ExecuteAsync(connection, transaction, ct);
            return outcomes.Count;
        });
    }

    /// <summary>Lists dead letters in id order.</summary>
    public async Task<IReadOnlyList<DeadLetter>> ListDeadAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Deliveries.SelectDeadLettersSql, ("after_id", filter.AfterId),
            ("subscriber_id", filter.SubscriberId), ("topic", filter.Topic), ("limit", filter.Limit));
        return await ReadDeadAsync(command, cancellationToken);
    }

    /// <summary>One dead letter, or null.</summary>
    public async Task<DeadLetter?> GetDeadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Deliveries.SelectDeadLetterSql, ("id", id));
        var found = await ReadDeadAsync(command, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Returns dead letters to the queue with a fresh budget; returns how many moved.</summary>
    public Task<int> ReplayAsync(IReadOnlyList<long> ids, long now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            var moved = 0;
            foreach (var id in ids)
            {
                moved += await connection.ExecuteAsync(transaction, dialect.Deliveries.ReplayDeliverySql, ct, ("now", now), ("id", id));
            }

            return moved;
        });
    }

    /// <summary>Per-subscriber queue figures.</summary>
    public async Task<IReadOnlyList<QueueStats>> GetQueueStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        var delivered = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await connection.Command(null, dialect.Deliveries.DeliveredCountsSql).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                delivered[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var stats = new List<QueueStats>();
        await using (var reader = await connection.Command(null, dialect.Deliveries.QueueStatsSql).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                stats.Add(new QueueStats(id, ToLong(reader.GetValue(1)), reader.NullableInt64(2), ToLong(reader.GetValue(3)),
                    ToLong(reader.GetValue(4)), delivered.GetValueOrDefault(id)));
                delivered.Remove(id);
            }
        }

        stats.AddRange(delivered.Select(d => new QueueStats(d.Key, 0, null, 0, 0, d.Value)));
        stats.Sort((a, b) => string.CompareOrdinal(a.SubscriberId, b.SubscriberId));
        return stats;
    }

    /// <summary>Messages accepted and not yet processed.</summary>
    public async Task<long> CountUnprocessedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return ToLong(await connection.Command(null, dialect.Deliveries.PendingInboxCountSql).ExecuteScalarAsync(cancellationToken));
    }

    private static long ToLong(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<ClaimedDelivery>> AttachPayloadsAsync(List<ClaimedDelivery> claimed, CancellationToken cancellationToken)
    {
        var payloads = new Dictionary<long, byte[]>();
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using (var command = dialect.Deliveries.CreateSelectPayloadsCommand(connection, claimed.Select(c => c.InboxId).Distinct().ToList()))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                payloads[reader.GetInt64(0)] = _payloads.Unprotect((byte[])reader.GetValue(1));
            }
        }

        return claimed.Select(c => c with { Payload = payloads.GetValueOrDefault(c.InboxId) ?? [] }).ToList();
    }

    private static async Task<IReadOnlyList<DeadLetter>> ReadDeadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<DeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new DeadLetter(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.NullableString(4),
                reader.GetInt32(5), reader.NullableString(6), reader.GetInt64(7), reader.NullableInt64(8)));
        }

        return list;
    }

    private void Add(CommandBatch batch, DeliveryOutcome outcome, long now)
    {
        var id = outcome.Delivery.Id;
        switch (outcome)
        {
            case DeliveryOutcome.Delivered delivered:
                batch.Add(dialect.Deliveries.DeleteDeliverySql, ("id", id));
                batch.Add(dialect.Deliveries.InsertDeliveredSql, ("hub_message_id", delivered.Delivery.HubMessageId),
                    ("subscriber_id", delivered.Delivery.SubscriberId), ("attempts", delivered.Attempts), ("now", now));
                break;
            case DeliveryOutcome.Retry retry:
                batch.Add(dialect.Deliveries.RetryDeliverySql, ("attempts", retry.Attempts), ("next_attempt_at", retry.NextAttemptAt), ("error", StoredText.Redact(retry.Error)), ("id", id));
                break;
            case DeliveryOutcome.Dead dead:
                batch.Add(dialect.Deliveries.DeadLetterDeliverySql, ("attempts", dead.Attempts), ("now", now), ("error", StoredText.Redact(dead.Error)), ("id", id));
                break;
            case DeliveryOutcome.Deferred deferred:
                batch.Add(dialect.Deliveries.DeferDeliverySql, ("next_attempt_at", deferred.NextAttemptAt), ("id", id));
                break;
        }
    }
}
