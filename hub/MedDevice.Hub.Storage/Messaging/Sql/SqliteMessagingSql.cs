namespace MedDevice.Hub.Storage.Messaging.Sql;

/// <summary>SQLite inbox SQL: a single writer process, so a plain UPDATE … RETURNING claim is race-free.</summary>
public sealed class SqliteMessagingSql : MessagingSql
{
    /// <inheritdoc />
    /// <remarks>
    /// INDEXED BY: left alone, SQLite walks the primary key for <c>ORDER BY id</c> and reads every processed row
    /// (bodies included) before the pending ones, so each claim costs O(inbox size). The partial index holds only
    /// pending rows; sorting those few is cheap.
    /// </remarks>
    public override string ClaimInboxSql => $"""
        UPDATE inbox SET next_process_at = @lease, process_attempts = process_attempts + 1
        WHERE id IN (SELECT c.id FROM inbox AS c INDEXED BY ix_inbox_pending WHERE c.status = 0 AND c.next_process_at <= @now AND {InboxHeadOfKeyCondition}
                     ORDER BY c.id LIMIT @limit)
        RETURNING id, hub_message_id, partner_id, feed, body, device_key, received_at, process_attempts
        """;
}
