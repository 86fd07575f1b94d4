namespace MedDevice.Hub.Storage.Dialects;

/// <summary>PostgreSQL claims: several processes claim disjoint batches with FOR UPDATE SKIP LOCKED.</summary>
public sealed partial class PostgreSqlDialect
{
    /// <summary>Channel other hub processes LISTEN on to wake their workers.</summary>
    public const string WorkChannel = "meddevice_work";

    /// <inheritdoc />
    public override string ClaimActorVerificationsSql => """
        UPDATE actor_verifications SET next_attempt_at = @lease, attempts = attempts + 1
        WHERE id IN (SELECT id FROM actor_verifications WHERE status < 2 AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, subject_key, subject_reference, source_message_id, status, attempts, outcome, registered_name, checked_at, last_error, created_at, completed_at
        """;

    /// <inheritdoc />
    public override string ClaimDeliveriesSql => $"""
        UPDATE deliveries SET claimed_until = @lease, claimed_by = @node
        WHERE id IN (
            SELECT c.id FROM deliveries c
            WHERE c.status = 0 AND c.next_attempt_at <= @now AND c.claimed_until <= @now AND {HeadOfKeyCondition}
            ORDER BY c.next_attempt_at, c.id LIMIT @limit FOR UPDATE SKIP LOCKED)
        RETURNING id, inbox_id, hub_message_id, subscriber_id, topic, order_key, attempts
        """;

    /// <summary>Wakes the workers of every hub process.</summary>
    public static string NotifyWorkSql => $"NOTIFY {WorkChannel}";

    /// <inheritdoc />
    public override System.Data.Common.DbCommand CreateSelectPayloadsCommand(System.Data.Common.DbConnection connection, IReadOnlyList<long> inboxIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = "SELECT id, COALESCE(output, body) FROM inbox WHERE id = ANY(@ids)";
        AddParameter(command, "ids", inboxIds.ToArray());
        return command;
    }
}
