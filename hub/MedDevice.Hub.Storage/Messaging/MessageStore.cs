using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Messaging;

/// <summary>The inbox: durable acceptance with dedup, quarantine, processing claims and message status.</summary>
public sealed class MessageStore(SqlDialect dialect, GroupCommitWriter writer, IPayloadProtector? protector = null)
{
    private readonly IPayloadProtector _payloads = protector ?? PlainPayloads.Instance;

    /// <summary>Accepts a message; returns after the commit (persist first, acknowledge second).</summary>
    public Task<AcceptOutcome> AcceptAsync(InboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            await using (var insert = connection.Command(transaction, dialect.Messaging.InsertInboxSql,
                ("hub_message_id", entry.HubMessageId), ("partner_id", entry.PartnerId), ("partner_message_id", entry.PartnerMessageId),
                ("feed", entry.Feed), ("content_type", entry.ContentType), ("body_sha256", entry.BodySha256), ("body", _payloads.Protect(entry.Body)),
                ("device_key", entry.DeviceKey), ("received_at", entry.ReceivedAt)))
            {
                if (await insert.ExecuteScalarAsync(ct) is not null and not DBNull)
                {
                    return new AcceptOutcome(entry.HubMessageId, IsNew: true, SameBody: true, entry.ReceivedAt);
                }
            }

            await using var select = connection.Command(transaction, dialect.Messaging.SelectInboxByPartnerKeySql,
                ("partner_id", entry.PartnerId), ("partner_message_id", entry.PartnerMessageId));
            await using var reader = await select.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                throw new InvalidOperationException("Inbox conflict without an existing row.");
            }

            return new AcceptOutcome(reader.GetString(0), IsNew: false,
                SameBody: string.Equals(reader.GetString(1), entry.BodySha256, StringComparison.Ordinal), reader.GetInt64(2));
        });
    }

    /// <summary>
    /// Records, in the caller's transaction, a message the hub produced itself (e.g. a FHIR write) as already processed:
    /// its inbox row, routed to <paramref name="topic"/>, and one delivery per subscriber — so the event commits with
    /// the change that caused it. Returns false when the partner message id was already used.
    /// </summary>
    public Task<bool> AppendRoutedAsync(DbConnection connection, DbTransaction transaction, InboxEntry entry, string topic,
        IReadOnlyList<NewDelivery> deliveries, long now, CancellationToken cancellationToken) =>
        AppendAsync(connection, transaction, entry, topic, null, deliveries, now, cancellationToken);

    /// <summary>
    /// Records, in the caller's transaction, a partner message the hub answered synchronously (e.g. a customs declaration):
    /// its inbox row as processed with the answer as output and no deliveries (its effects route their own events).
    /// Returns false when the partner message id was already used (see <see cref="FindOutputAsync"/>).
    /// </summary>
    public Task<bool> AppendAnsweredAsync(DbConnection connection, DbTransaction transaction, InboxEntry entry, string topic, byte[] answer, long now,
        CancellationToken cancellationToken) =>
        AppendAsync(connection, transaction, entry, topic, answer, [], now, cancellationToken);

    /// <summary>The hub message id, body hash and stored answer of a partner's message id; null when unknown. Outside or inside a transaction.</summary>
    public async Task<InboxAnswer?> FindOutputAsync(DbConnection connection, DbTransaction? transaction, string partnerId, string partnerMessageId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.Command(transaction, dialect.Messaging.SelectInboxOutputByPartnerKeySql,
            ("partner_id", partnerId), ("partner_message_id", partnerMessageId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new InboxAnswer(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : _payloads.Unprotect((byte[])reader.GetValue(2)))
            : null;
    }

    /// <summary>The same on a connection of its own.</summary>
    public async Task<InboxAnswer?> FindOutputAsync(string partnerId, string partnerMessageId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await FindOutputAsync(connection, null, partnerId, partnerMessageId, cancellationToken);
    }

    private async Task<bool> AppendAsync(DbConnection connection, DbTransaction transaction, InboxEntry entry, string topic, byte[]? output,
        IReadOnlyList<NewDelivery> deliveries, long now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(deliveries);
        long inboxId;
        // One statement inserts the row already processed; its deliveries follow in one batch.
        await using (var insert = connection.Command(transaction, dialect.Messaging.InsertProcessedInboxSql,
            ("hub_message_id", entry.HubMessageId), ("partner_id", entry.PartnerId), ("partner_message_id", entry.PartnerMessageId),
            ("feed", entry.Feed), ("content_type", entry.ContentType), ("body_sha256", entry.BodySha256), ("body", _payloads.Protect(entry.Body)),
            ("device_key", entry.DeviceKey), ("received_at", entry.ReceivedAt), ("now", now), ("topic", topic),
            ("output", output is null ? null : _payloads.Protect(output))))
        {
            if (await insert.ExecuteScalarAsync(cancellationToken) is not { } id || id is DBNull)
            {
                return false;
            }

            inboxId = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        }

        var batch = new CommandBatch();
        foreach (var delivery in deliveries)
        {
            batch.Add(dialect.Messaging.InsertDeliverySql, ("inbox_id", inboxId), ("hub_message_id", entry.HubMessageId),
                ("subscriber_id", delivery.SubscriberId), ("topic", topic), ("order_key", delivery.OrderKey), ("now", now));
        }

        await batch.ExecuteAsync(connection, transaction, cancellationToken);
        return true;
    }

    /// <summary>Keeps rejected input with its reason.</summary>
    public Task QuarantineAsync(QuarantineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Messaging.InsertQuarantineSql, ct,
            ("partner_id", entry.PartnerId), ("feed", entry.Feed), ("partner_message_id", entry.PartnerMessageId),
            ("content_type", entry.ContentType), ("received_at", entry.ReceivedAt), ("reason_code", entry.ReasonCode),
            ("reason", StoredText.Redact(entry.Reason)), ("body", _payloads.Protect(entry.Body))));
    }

    /// <summary>Claims up to <paramref name="limit"/> pending messages (oldest first) until <paramref name="leaseUntil"/>.</summary>
    public Task<IReadOnlyList<PendingMessage>> ClaimPendingAsync(int limit, long now, long leaseUntil) =>
        writer.WriteAsync<IReadOnlyList<PendingMessage>>(async (connection, transaction, ct) =>
        {
            var claimed = new List<PendingMessage>(limit);
            await using var command = connection.Command(transaction, dialect.Messaging.ClaimInboxSql, ("lease", leaseUntil), ("now", now), ("limit", limit));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(new PendingMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    _payloads.Unprotect((byte[])reader.GetValue(4)), reader.NullableString(5), reader.GetInt64(6), reader.GetInt32(7)));
            }

            claimed.Sort((a, b) => a.InboxId.CompareTo(b.InboxId));
            return claimed;
        });

    /// <summary>Commits processing results: each message's state and its deliveries in one transaction.</summary>
    public Task CompleteAsync(IReadOnlyList<ProcessingResult> results, long now)
    {
        ArgumentNullException.ThrowIfNull(results);
        var batch = new CommandBatch();
        foreach (var result in results)
        {
            Add(batch, result, now);
        }

        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            await batch.ExecuteAsync(connection, transaction, ct);
            return results.Count;
        });
    }

    /// <summary>Commits processing results in the caller's transaction (with the effects of their plans).</summary>
    public async Task CompleteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ProcessingResult> results, long now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var batch = new CommandBatch();
        foreach (var result in results)
        {
            Add(batch, result, now);
        }

        await batch.ExecuteAsync(connection, transaction, cancellationToken);
    }

    /// <summary>Where a message is, or null when the id is unknown.</summary>
    public async Task<MessageStatus?> GetStatusAsync(string hubMessageId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        MessageStatus status;
        await using (var command = connection.Command(null, dialect.Messaging.SelectMessageSql, ("hub_message_id", hubMessageId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            var state = reader.GetInt32(3) switch { 0 => "received", 1 => "processed", 3 => "dead", _ => "failed" };
            status = new MessageStatus(reader.GetString(0), reader.GetString(1), reader.GetString(2), state, reader.GetInt64(4),
                reader.NullableInt64(5), reader.NullableString(6), reader.NullableString(7), reader.NullableString(8), reader.NullableString(9), []);
        }

        // Npgsql allows one open reader per connection: the deliveries are read after the message row is closed.
        return status with { Deliveries = await MessageDeliveryReader.ReadAsync(dialect, connection, hubMessageId, cancellationToken) };
    }

    /// <summary>Number of quarantined inputs, optionally for one partner.</summary>
    public async Task<long> CountQuarantinedAsync(string? partnerId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Messaging.CountQuarantineSql, ("partner_id", partnerId));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Add(CommandBatch batch, ProcessingResult result, long now)
    {
        switch (result)
        {
            case ProcessingResult.Routed routed:
                batch.Add(dialect.Messaging.CompleteInboxSql, ("now", now), ("topic", routed.Topic), ("device_key", routed.DeviceKey),
                    ("output", routed.Output is null ? null : _payloads.Protect(routed.Output)), ("id", routed.InboxId));
                foreach (var delivery in routed.Deliveries)
                {
                    batch.Add(dialect.Messaging.InsertDeliverySql, ("inbox_id", routed.InboxId), ("hub_message_id", routed.HubMessageId),
                        ("subscriber_id", delivery.SubscriberId), ("topic", routed.Topic), ("order_key", delivery.OrderKey), ("now", now));
                }

                break;
            case ProcessingResult.Failed failed:
                batch.Add(dialect.Messaging.QuarantineFromInboxSql, ("now", now), ("error_code", failed.ErrorCode), ("error", StoredText.Redact(failed.Error)), ("id", failed.InboxId));
                batch.Add(dialect.Messaging.FailInboxSql, ("now", now), ("error_code", failed.ErrorCode), ("error", StoredText.Redact(failed.Error)), ("id", failed.InboxId));
                break;
            case ProcessingResult.Postponed postponed:
                batch.Add(dialect.Messaging.PostponeInboxSql, ("retry_at", postponed.RetryAt), ("error", StoredText.Redact(postponed.Error)), ("id", postponed.InboxId));
                break;
            case ProcessingResult.Parked parked:
                batch.Add(dialect.Messaging.ParkInboxSql, ("now", now), ("error_code", parked.ErrorCode), ("error", StoredText.Redact(parked.Error)), ("id", parked.InboxId));
                break;
        }
    }
}
