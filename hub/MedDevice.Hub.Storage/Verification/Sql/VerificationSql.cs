using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Verification.Sql;

/// <summary>
/// Actor verification queue and verified organisations (standard SQL for both engines except the claim). A queue row
/// goes 0 (to verify) → 1 (verified, completion listeners to run) → 2 (done); <c>next_attempt_at</c> doubles as the
/// claim lease, as in the inbox.
/// </summary>
public abstract class VerificationSql : IMigrationSource
{
    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    private const string VerificationColumns =
        "id, kind, subject_key, subject_reference, source_message_id, status, attempts, outcome, registered_name, checked_at, last_error, created_at, completed_at";

    /// <summary>Queues a verification unless the same (kind, subject, reference, source message) is queued; returns the new id or no row.</summary>
    public virtual string InsertActorVerificationSql => """
        INSERT INTO actor_verifications (kind, subject_key, subject_reference, source_message_id, next_attempt_at, created_at)
        VALUES (@kind, @subject_key, @subject_reference, @source_message_id, @now, @now)
        ON CONFLICT (kind, subject_key, subject_reference, source_message_id) DO NOTHING
        RETURNING id
        """;

    /// <summary>The id of an already queued verification.</summary>
    public virtual string SelectActorVerificationIdSql => """
        SELECT id FROM actor_verifications
        WHERE kind = @kind AND subject_key = @subject_key AND subject_reference = @subject_reference AND source_message_id = @source_message_id
        """;

    /// <summary>Claims up to @limit due rows (status 0 or 1) until @lease.</summary>
    public abstract string ClaimActorVerificationsSql { get; }

    /// <summary>
    /// Records the verdict (status 0 → 1); the claimer runs the listeners next. The claim's lease is kept, so another
    /// worker takes the row for its listeners only if this one dies first.
    /// </summary>
    public virtual string RecordActorVerificationSql => """
        UPDATE actor_verifications SET status = 1, outcome = @outcome, registered_name = @registered_name, checked_at = @checked_at,
            last_error = NULL
        WHERE id = @id AND status = 0
        """;

    /// <summary>Puts a row back until @retry_at with the reason.</summary>
    public virtual string PostponeActorVerificationSql => """
        UPDATE actor_verifications SET next_attempt_at = @retry_at, last_error = @error WHERE id = @id AND status < 2
        """;

    /// <summary>Gives a claimed row back at once (the hub is stopping), keeping its last error.</summary>
    public virtual string ReleaseActorVerificationSql => """
        UPDATE actor_verifications SET next_attempt_at = @now WHERE id = @id AND status < 2
        """;

    /// <summary>Marks a verified row done (its listeners ran).</summary>
    public virtual string CompleteActorVerificationSql => """
        UPDATE actor_verifications SET status = 2, completed_at = @now, last_error = NULL WHERE id = @id AND status = 1
        """;

    /// <summary>One queue row.</summary>
    public virtual string SelectActorVerificationSql => $"SELECT {VerificationColumns} FROM actor_verifications WHERE id = @id";

    /// <summary>Rows not done yet.</summary>
    public virtual string CountOpenActorVerificationsSql => "SELECT COUNT(*) FROM actor_verifications WHERE status < 2";

    /// <summary>
    /// Creates or replaces the organisation record, unless the stored one was verified later (an older answer
    /// arriving late never overwrites a newer one).
    /// </summary>
    public virtual string UpsertOrganizationSql => """
        INSERT INTO organizations (tax_code, version_id, verification_status, verified_at, last_updated, resource)
        VALUES (@tax_code, 1, @verification_status, @verified_at, @now, @resource)
        ON CONFLICT (tax_code) DO UPDATE SET version_id = organizations.version_id + 1, verification_status = excluded.verification_status,
            verified_at = excluded.verified_at, last_updated = excluded.last_updated, resource = excluded.resource
        WHERE organizations.verified_at <= excluded.verified_at
        """;

    /// <summary>An organisation record by tax code.</summary>
    public virtual string SelectOrganizationSql => """
        SELECT tax_code, version_id, verification_status, verified_at, last_updated, resource FROM organizations WHERE tax_code = @tax_code
        """;
}
