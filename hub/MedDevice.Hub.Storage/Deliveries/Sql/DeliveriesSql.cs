using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Deliveries.Sql;

/// <summary>Delivery queue SQL; standard SQL shared by both engines unless a dialect overrides it.</summary>
public abstract class DeliveriesSql : IMigrationSource
{
    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// Claims up to @limit due deliveries until @lease. With per-key ordering only a key's head is claimable:
    /// nothing earlier for the same subscriber and key may be open, and no earlier message with that key may
    /// still be unprocessed.
    /// </summary>
    public abstract string ClaimDeliveriesSql { get; }

    /// <summary>The condition making a candidate row <c>c</c> the head of its key.</summary>
    protected const string HeadOfKeyCondition = """
        (c.order_key IS NULL OR (
            NOT EXISTS (SELECT 1 FROM deliveries p WHERE p.subscriber_id = c.subscriber_id AND p.order_key = c.order_key
                        AND p.status = 0 AND p.inbox_id < c.inbox_id)
            AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.device_key = c.order_key AND i.status = 0 AND i.id < c.inbox_id)))
        """;

    /// <summary>A command returning (id, payload) for the given inbox rows: the processed resource, else the raw body.</summary>
    public abstract System.Data.Common.DbCommand CreateSelectPayloadsCommand(System.Data.Common.DbConnection connection, IReadOnlyList<long> inboxIds);

    /// <summary>Removes a delivered row from the queue.</summary>
    public virtual string DeleteDeliverySql => "DELETE FROM deliveries WHERE id = @id";

    /// <summary>Records a completed delivery.</summary>
    public virtual string InsertDeliveredSql => """
        INSERT INTO delivered (hub_message_id, subscriber_id, attempts, delivered_at) VALUES (@hub_message_id, @subscriber_id, @attempts, @now)
        ON CONFLICT (hub_message_id, subscriber_id) DO NOTHING
        """;

    /// <summary>Schedules the next attempt.</summary>
    public virtual string RetryDeliverySql => """
        UPDATE deliveries SET attempts = @attempts, next_attempt_at = @next_attempt_at, claimed_until = 0, claimed_by = NULL, last_error = @error
        WHERE id = @id
        """;

    /// <summary>Parks a delivery in the dead-letter queue.</summary>
    public virtual string DeadLetterDeliverySql => """
        UPDATE deliveries SET status = 2, attempts = @attempts, dead_at = @now, claimed_until = 0, claimed_by = NULL, last_error = @error
        WHERE id = @id
        """;

    /// <summary>Puts a claimed delivery back without counting an attempt (circuit open, shutdown).</summary>
    public virtual string DeferDeliverySql => """
        UPDATE deliveries SET next_attempt_at = @next_attempt_at, claimed_until = 0, claimed_by = NULL WHERE id = @id
        """;

    /// <summary>Dead letters after @after_id, optionally for one subscriber and topic.</summary>
    public virtual string SelectDeadLettersSql => """
        SELECT id, hub_message_id, subscriber_id, topic, order_key, attempts, last_error, created_at, dead_at FROM deliveries
        WHERE status = 2 AND id > @after_id
          AND (CAST(@subscriber_id AS TEXT) IS NULL OR subscriber_id = @subscriber_id)
          AND (CAST(@topic AS TEXT) IS NULL OR topic = @topic)
        ORDER BY id LIMIT @limit
        """;

    /// <summary>One dead letter.</summary>
    public virtual string SelectDeadLetterSql => """
        SELECT id, hub_message_id, subscriber_id, topic, order_key, attempts, last_error, created_at, dead_at FROM deliveries
        WHERE status = 2 AND id = @id
        """;

    /// <summary>Returns a dead letter to the queue with a fresh attempt budget.</summary>
    public virtual string ReplayDeliverySql => """
        UPDATE deliveries SET status = 0, attempts = 0, next_attempt_at = @now, dead_at = NULL, claimed_until = 0, claimed_by = NULL
        WHERE id = @id AND status = 2
        """;

    /// <summary>Per-subscriber queue figures.</summary>
    public virtual string QueueStatsSql => """
        SELECT subscriber_id,
               SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END),
               MIN(CASE WHEN status = 0 THEN created_at END),
               SUM(CASE WHEN status = 0 AND attempts > 0 THEN 1 ELSE 0 END),
               SUM(CASE WHEN status = 2 THEN 1 ELSE 0 END)
        FROM deliveries GROUP BY subscriber_id
        """;

    /// <summary>Delivered count per subscriber.</summary>
    public virtual string DeliveredCountsSql => "SELECT subscriber_id, COUNT(*) FROM delivered GROUP BY subscriber_id";

    /// <summary>Messages accepted but not yet processed.</summary>
    public virtual string PendingInboxCountSql => "SELECT COUNT(*) FROM inbox WHERE status = 0";
}
