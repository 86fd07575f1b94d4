using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Verification.Sql;

/// <summary>PostgreSQL verification SQL: several processes claim disjoint batches with FOR UPDATE SKIP LOCKED.</summary>
public sealed class PostgreSqlVerificationSql : VerificationSql
{
    /// <inheritdoc />
    public override string ClaimActorVerificationsSql => """
        UPDATE actor_verifications SET next_attempt_at = @lease, attempts = attempts + 1
        WHERE id IN (SELECT id FROM actor_verifications WHERE status < 2 AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, subject_key, subject_reference, source_message_id, status, attempts, outcome, registered_name, checked_at, last_error, created_at, completed_at
        """;

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(7, "identity: actor verification queue and verified organisations", """
            CREATE TABLE actor_verifications (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind text NOT NULL,
                subject_key text NOT NULL,
                subject_reference text NOT NULL DEFAULT '',
                source_message_id text NOT NULL DEFAULT '',
                status smallint NOT NULL DEFAULT 0,
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_at bigint NOT NULL,
                outcome text NULL,
                registered_name text NULL,
                checked_at bigint NULL,
                last_error text NULL,
                created_at bigint NOT NULL,
                completed_at bigint NULL,
                UNIQUE (kind, subject_key, subject_reference, source_message_id)
            );
            CREATE INDEX ix_actor_verifications_due ON actor_verifications (next_attempt_at, id) WHERE status < 2;
            CREATE TABLE organizations (
                tax_code text PRIMARY KEY,
                version_id integer NOT NULL,
                verification_status text NOT NULL,
                verified_at bigint NOT NULL,
                last_updated bigint NOT NULL,
                resource bytea NOT NULL
            );
            """),
    ];
}
