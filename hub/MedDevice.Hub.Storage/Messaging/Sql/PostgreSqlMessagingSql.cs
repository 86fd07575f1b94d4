namespace MedDevice.Hub.Storage.Messaging.Sql;

/// <summary>PostgreSQL inbox SQL: several processes claim disjoint batches with FOR UPDATE SKIP LOCKED.</summary>
public sealed class PostgreSqlMessagingSql : MessagingSql
{
    /// <summary>Channel other hub processes LISTEN on to wake their workers.</summary>
    public const string WorkChannel = "meddevice_work";

    /// <inheritdoc />
    public override string ClaimInboxSql => $"""
        UPDATE inbox SET next_process_at = @lease, process_attempts = process_attempts + 1
        WHERE id IN (SELECT c.id FROM inbox c WHERE c.status = 0 AND c.next_process_at <= @now AND {InboxHeadOfKeyCondition}
                     ORDER BY c.id LIMIT @limit FOR UPDATE SKIP LOCKED)
        RETURNING id, hub_message_id, partner_id, feed, body, device_key, received_at, process_attempts
        """;

    /// <summary>Wakes the workers of every hub process.</summary>
    public static string NotifyWorkSql => $"NOTIFY {WorkChannel}";
}
