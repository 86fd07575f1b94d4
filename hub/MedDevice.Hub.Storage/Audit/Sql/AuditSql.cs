using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Audit.Sql;

/// <summary>Audit log SQL; standard SQL shared by both engines unless a dialect overrides it.</summary>
public abstract class AuditSql : IMigrationSource
{
    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// Serialises audit appends between processes inside the transaction (@key: <see cref="ChainLockKey"/>); null where the
    /// database has one writer (SQLite): nothing to do.
    /// </summary>
    public virtual string? LockChainSql => null;

    /// <summary>Arbitrary constant identifying the audit-append lock (one chain across processes).</summary>
    public const long ChainLockKey = 0x4D4544_4855420002;

    /// <summary>The last entry's sequence and hash.</summary>
    public virtual string SelectLastAuditEntrySql => "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";

    /// <summary>Appends one entry.</summary>
    public virtual string InsertAuditEntrySql => """
        INSERT INTO audit_log (sequence, recorded_at, actor, action, target, purpose, legal_basis, outcome, details_hash, previous_hash, hash)
        VALUES (@sequence, @recorded_at, @actor, @action, @target, @purpose, @legal_basis, @outcome, @details_hash, @previous_hash, @hash)
        """;

    /// <summary>Entries after @after in sequence order, at most @limit.</summary>
    public virtual string SelectAuditEntriesSql => """
        SELECT sequence, recorded_at, actor, action, target, purpose, legal_basis, outcome, details_hash, previous_hash, hash
        FROM audit_log WHERE sequence > @after ORDER BY sequence LIMIT @limit
        """;

    /// <summary>Records a checkpoint; returns its id.</summary>
    public virtual string InsertAuditCheckpointSql => """
        INSERT INTO audit_checkpoints (last_sequence, last_hash, created_at, status, signature, public_key, reason)
        VALUES (@last_sequence, @last_hash, @created_at, @status, @signature, @public_key, @reason) RETURNING id
        """;

    /// <summary>Every checkpoint in creation order.</summary>
    public virtual string SelectAuditCheckpointsSql => """
        SELECT id, last_sequence, last_hash, created_at, status, signature, public_key, reason FROM audit_checkpoints ORDER BY id
        """;
}
