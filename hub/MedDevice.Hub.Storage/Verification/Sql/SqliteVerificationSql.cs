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
}
