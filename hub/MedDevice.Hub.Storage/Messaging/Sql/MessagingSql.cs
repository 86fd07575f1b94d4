using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Messaging.Sql;

/// <summary>Inbox and quarantine SQL; standard SQL shared by both engines unless a dialect overrides it.</summary>
public abstract class MessagingSql : IMigrationSource
{
    /// <summary>Migration 12, the same SQL on both databases: the index of parked messages (processing dead letters).</summary>
    protected static readonly Migration ProcessingDeadLetters = new(12,
        "processing dead letters: an inbox row whose processing exhausted its attempt budget is parked (status 3) and its key moves on",
        """
        CREATE INDEX ix_inbox_dead ON inbox (id) WHERE status = 3;
        """);

    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Inserts an inbox row unless (partner, message id) exists; returns the new id or no row.</summary>
    public virtual string InsertInboxSql => """
        INSERT INTO inbox (hub_message_id, partner_id, partner_message_id, feed, content_type, body_sha256, body, device_key, received_at, next_process_at)
        VALUES (@hub_message_id, @partner_id, @partner_message_id, @feed, @content_type, @body_sha256, @body, @device_key, @received_at, 0)
        ON CONFLICT (partner_id, partner_message_id) DO NOTHING
        RETURNING id
        """;

    /// <summary>
    /// Inserts an inbox row already processed (a message the hub produced or answered in the same transaction as its
    /// effects): status 1 with its topic and output, unless (partner, message id) exists; returns the new id or no row.
    /// </summary>
    public virtual string InsertProcessedInboxSql => """
        INSERT INTO inbox (hub_message_id, partner_id, partner_message_id, feed, content_type, body_sha256, body, device_key, received_at, next_process_at,
            status, processed_at, topic, output)
        VALUES (@hub_message_id, @partner_id, @partner_message_id, @feed, @content_type, @body_sha256, @body, @device_key, @received_at, 0,
            1, @now, @topic, @output)
        ON CONFLICT (partner_id, partner_message_id) DO NOTHING
        RETURNING id
        """;

    /// <summary>The original of a repeated partner message id.</summary>
    public virtual string SelectInboxByPartnerKeySql => """
        SELECT hub_message_id, body_sha256, received_at FROM inbox
        WHERE partner_id = @partner_id AND partner_message_id = @partner_message_id
        """;

    /// <summary>Keeps rejected input with the reason.</summary>
    public virtual string InsertQuarantineSql => """
        INSERT INTO quarantine (partner_id, feed, partner_message_id, content_type, received_at, reason_code, reason, body)
        VALUES (@partner_id, @feed, @partner_message_id, @content_type, @received_at, @reason_code, @reason, @body)
        """;

    /// <summary>
    /// A pending inbox row <c>c</c> may be claimed only when no earlier message of its device key is still pending
    /// (unclaimed or in flight on any worker or node): the messages of one device are processed strictly one after
    /// the other, so registry writes apply in arrival order and two transactions never write the same device.
    /// </summary>
    protected const string InboxHeadOfKeyCondition = """
        (c.device_key IS NULL OR NOT EXISTS (SELECT 1 FROM inbox p WHERE p.device_key = c.device_key AND p.status = 0 AND p.id < c.id))
        """;

    /// <summary>Claims up to @limit pending messages for processing until @lease (head of each device key only).</summary>
    public abstract string ClaimInboxSql { get; }

    /// <summary>Marks a message processed and routed.</summary>
    public virtual string CompleteInboxSql => """
        UPDATE inbox SET status = 1, processed_at = @now, topic = @topic, device_key = @device_key, output = @output,
            error_code = NULL, error_message = NULL
        WHERE id = @id AND status = 0
        """;

    /// <summary>Marks a message failed for good.</summary>
    public virtual string FailInboxSql => """
        UPDATE inbox SET status = 2, processed_at = @now, error_code = @error_code, error_message = @error
        WHERE id = @id AND status = 0
        """;

    /// <summary>Puts a message back for a later processing attempt.</summary>
    public virtual string PostponeInboxSql => """
        UPDATE inbox SET next_process_at = @retry_at, error_message = @error WHERE id = @id AND status = 0
        """;

    /// <summary>
    /// Parks a message whose processing exhausted its attempt budget as a processing dead letter (status 3) with its
    /// last error; it no longer counts as pending, so the later messages of its device key move on.
    /// </summary>
    public virtual string ParkInboxSql => """
        UPDATE inbox SET status = 3, processed_at = @now, error_code = @error_code, error_message = @error
        WHERE id = @id AND status = 0
        """;

    /// <summary>Processing dead letters after @after_id, oldest first.</summary>
    public virtual string SelectProcessingDeadLettersSql => """
        SELECT id, hub_message_id, partner_id, feed, device_key, process_attempts, error_code, error_message, received_at, processed_at
        FROM inbox WHERE status = 3 AND id > @after_id ORDER BY id LIMIT @limit
        """;

    /// <summary>One processing dead letter by inbox id.</summary>
    public virtual string SelectProcessingDeadLetterSql => """
        SELECT id, hub_message_id, partner_id, feed, device_key, process_attempts, error_code, error_message, received_at, processed_at
        FROM inbox WHERE status = 3 AND id = @id
        """;

    /// <summary>Counts processing dead letters.</summary>
    public virtual string CountProcessingDeadLettersSql => "SELECT COUNT(*) FROM inbox WHERE status = 3";

    /// <summary>Returns a processing dead letter to the inbox with a fresh attempt budget.</summary>
    public virtual string ReplayProcessingDeadLetterSql => """
        UPDATE inbox SET status = 0, next_process_at = @now, process_attempts = 0, processed_at = NULL, error_code = NULL, error_message = NULL
        WHERE id = @id AND status = 3
        """;

    /// <summary>Copies a still-pending message's body into quarantine (runs before it is marked failed).</summary>
    public virtual string QuarantineFromInboxSql => """
        INSERT INTO quarantine (partner_id, feed, partner_message_id, content_type, received_at, reason_code, reason, body)
        SELECT partner_id, feed, partner_message_id, content_type, @now, @error_code, @error, body FROM inbox WHERE id = @id AND status = 0
        """;

    /// <summary>
    /// Creates one delivery row for a message just marked processed. The guards make a late second processing
    /// (after a lease expired) a no-op: the row exists, or it was already delivered.
    /// </summary>
    public virtual string InsertDeliverySql => """
        INSERT INTO deliveries (inbox_id, hub_message_id, subscriber_id, topic, order_key, next_attempt_at, created_at)
        SELECT @inbox_id, @hub_message_id, @subscriber_id, @topic, @order_key, @now, @now
        WHERE EXISTS (SELECT 1 FROM inbox WHERE id = @inbox_id AND status = 1)
          AND NOT EXISTS (SELECT 1 FROM delivered WHERE hub_message_id = @hub_message_id AND subscriber_id = @subscriber_id)
        ON CONFLICT (hub_message_id, subscriber_id) DO NOTHING
        """;

    /// <summary>A message's inbox row by hub id.</summary>
    public virtual string SelectMessageSql => """
        SELECT hub_message_id, partner_id, feed, status, received_at, processed_at, topic, device_key, error_code, error_message, next_process_at
        FROM inbox WHERE hub_message_id = @hub_message_id
        """;

    /// <summary>A message's open and dead deliveries.</summary>
    public virtual string SelectMessageDeliveriesSql => """
        SELECT subscriber_id, status, attempts, next_attempt_at, last_error FROM deliveries WHERE hub_message_id = @hub_message_id
        """;

    /// <summary>A message's completed deliveries.</summary>
    public virtual string SelectMessageDeliveredSql => """
        SELECT subscriber_id, attempts, delivered_at FROM delivered WHERE hub_message_id = @hub_message_id
        """;

    /// <summary>Counts quarantined rows (for operators and tests).</summary>
    public virtual string CountQuarantineSql => "SELECT COUNT(*) FROM quarantine WHERE (CAST(@partner_id AS TEXT) IS NULL OR partner_id = @partner_id)";

    /// <summary>Latest quarantined rows.</summary>
    public virtual string SelectQuarantineSql => """
        SELECT id, partner_id, feed, partner_message_id, received_at, reason_code, reason, body FROM quarantine
        ORDER BY id DESC LIMIT @limit
        """;

    /// <summary>The hub message id, body hash and stored output of a partner's message id.</summary>
    public virtual string SelectInboxOutputByPartnerKeySql => """
        SELECT hub_message_id, body_sha256, output FROM inbox WHERE partner_id = @partner_id AND partner_message_id = @partner_message_id
        """;
}
