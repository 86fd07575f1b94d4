using MedDevice.Hub.Storage.Migrations;

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

    /// <summary>Subscribes a connection to the wake-ups of every hub process.</summary>
    public static string ListenWorkSql => $"LISTEN {WorkChannel}";

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "backbone: inbox, quarantine, deliveries", """
            CREATE TABLE inbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                hub_message_id text NOT NULL UNIQUE,
                partner_id text NOT NULL,
                partner_message_id text NOT NULL,
                feed text NOT NULL,
                content_type text NULL,
                body_sha256 text NOT NULL,
                body bytea NOT NULL,
                received_at bigint NOT NULL,
                status smallint NOT NULL DEFAULT 0,
                processed_at bigint NULL,
                process_attempts integer NOT NULL DEFAULT 0,
                next_process_at bigint NOT NULL DEFAULT 0,
                device_key text NULL,
                topic text NULL,
                output bytea NULL,
                error_code text NULL,
                error_message text NULL,
                UNIQUE (partner_id, partner_message_id)
            );
            CREATE INDEX ix_inbox_pending ON inbox (next_process_at, id) WHERE status = 0;
            CREATE INDEX ix_inbox_key_pending ON inbox (device_key, id) WHERE status = 0;
            CREATE TABLE quarantine (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                partner_id text NULL,
                feed text NULL,
                partner_message_id text NULL,
                content_type text NULL,
                received_at bigint NOT NULL,
                reason_code text NOT NULL,
                reason text NOT NULL,
                body bytea NOT NULL
            );
            CREATE TABLE deliveries (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                inbox_id bigint NOT NULL,
                hub_message_id text NOT NULL,
                subscriber_id text NOT NULL,
                topic text NOT NULL,
                order_key text NULL,
                status smallint NOT NULL DEFAULT 0,
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_at bigint NOT NULL,
                claimed_until bigint NOT NULL DEFAULT 0,
                claimed_by text NULL,
                last_error text NULL,
                created_at bigint NOT NULL,
                dead_at bigint NULL,
                UNIQUE (hub_message_id, subscriber_id)
            );
            CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 0;
            CREATE INDEX ix_deliveries_key ON deliveries (subscriber_id, order_key, inbox_id) WHERE status = 0;
            CREATE INDEX ix_deliveries_dead ON deliveries (subscriber_id, id) WHERE status = 2;
            CREATE TABLE delivered (
                hub_message_id text NOT NULL,
                subscriber_id text NOT NULL,
                attempts integer NOT NULL,
                delivered_at bigint NOT NULL,
                PRIMARY KEY (hub_message_id, subscriber_id)
            );
            """),
        ProcessingDeadLetters,
    ];
}
