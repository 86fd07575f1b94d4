using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Verification.Sql;

/// <summary>SQLite verification SQL: a single writer process, so a plain UPDATE … RETURNING claim is race-free.</summary>
public sealed class SqliteVerificationSql : VerificationSql
{
    /// <inheritdoc />
    public override string ClaimActorVerificationsSql => """
        UPDATE actor_verifications SET next_attempt_at = @lease, attempts = attempts + 1
        WHERE id IN (SELECT id FROM actor_verifications WHERE status < 2 AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit)
        RETURNING id, kind, subject_key, subject_reference, source_message_id, status, attempts, outcome, registered_name, checked_at, last_error, created_at, completed_at
        """;

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(7, "identity: actor verification queue and verified organisations", """
            CREATE TABLE actor_verifications (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                subject_key TEXT NOT NULL,
                subject_reference TEXT NOT NULL DEFAULT '',
                source_message_id TEXT NOT NULL DEFAULT '',
                status INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                outcome TEXT NULL,
                registered_name TEXT NULL,
                checked_at INTEGER NULL,
                last_error TEXT NULL,
                created_at INTEGER NOT NULL,
                completed_at INTEGER NULL,
                UNIQUE (kind, subject_key, subject_reference, source_message_id)
            );
            CREATE INDEX ix_actor_verifications_due ON actor_verifications (next_attempt_at, id) WHERE status < 2;
            CREATE TABLE organizations (
                tax_code TEXT PRIMARY KEY,
                version_id INTEGER NOT NULL,
                verification_status TEXT NOT NULL,
                verified_at INTEGER NOT NULL,
                last_updated INTEGER NOT NULL,
                resource BLOB NOT NULL
            );
            """),
    ];
}
