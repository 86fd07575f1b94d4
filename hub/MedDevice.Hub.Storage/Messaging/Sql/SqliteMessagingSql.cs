using MedDevice.Hub.Storage.Migrations;

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

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "backbone: inbox, quarantine, deliveries", """
            CREATE TABLE inbox (
                id INTEGER PRIMARY KEY,
                hub_message_id TEXT NOT NULL UNIQUE,
                partner_id TEXT NOT NULL,
                partner_message_id TEXT NOT NULL,
                feed TEXT NOT NULL,
                content_type TEXT NULL,
                body_sha256 TEXT NOT NULL,
                body BLOB NOT NULL,
                received_at INTEGER NOT NULL,
                status INTEGER NOT NULL DEFAULT 0,
                processed_at INTEGER NULL,
                process_attempts INTEGER NOT NULL DEFAULT 0,
                next_process_at INTEGER NOT NULL DEFAULT 0,
                device_key TEXT NULL,
                topic TEXT NULL,
                output BLOB NULL,
                error_code TEXT NULL,
                error_message TEXT NULL,
                UNIQUE (partner_id, partner_message_id)
            );
            CREATE INDEX ix_inbox_pending ON inbox (next_process_at, id) WHERE status = 0;
            CREATE INDEX ix_inbox_key_pending ON inbox (device_key, id) WHERE status = 0;
            CREATE TABLE quarantine (
                id INTEGER PRIMARY KEY,
                partner_id TEXT NULL,
                feed TEXT NULL,
                partner_message_id TEXT NULL,
                content_type TEXT NULL,
                received_at INTEGER NOT NULL,
                reason_code TEXT NOT NULL,
                reason TEXT NOT NULL,
                body BLOB NOT NULL
            );
            CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY,
                inbox_id INTEGER NOT NULL,
                hub_message_id TEXT NOT NULL,
                subscriber_id TEXT NOT NULL,
                topic TEXT NOT NULL,
                order_key TEXT NULL,
                status INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                claimed_until INTEGER NOT NULL DEFAULT 0,
                claimed_by TEXT NULL,
                last_error TEXT NULL,
                created_at INTEGER NOT NULL,
                dead_at INTEGER NULL,
                UNIQUE (hub_message_id, subscriber_id)
            );
            CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 0;
            CREATE INDEX ix_deliveries_key ON deliveries (subscriber_id, order_key, inbox_id) WHERE status = 0;
            CREATE INDEX ix_deliveries_dead ON deliveries (subscriber_id, id) WHERE status = 2;
            CREATE TABLE delivered (
                hub_message_id TEXT NOT NULL,
                subscriber_id TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                delivered_at INTEGER NOT NULL,
                PRIMARY KEY (hub_message_id, subscriber_id)
            );
            """),
        ProcessingDeadLetters,
    ];
}
