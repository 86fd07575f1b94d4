using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Audit.Sql;

/// <summary>PostgreSQL audit SQL: appends of several processes are serialised by a transaction-level advisory lock.</summary>
public sealed class PostgreSqlAuditSql : AuditSql
{
    /// <inheritdoc />
    public override string LockChainSql => "SELECT pg_advisory_xact_lock(@key)";

    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(2, "audit: hash-chained audit log and signed checkpoints", """
            CREATE TABLE audit_log (
                sequence bigint PRIMARY KEY,
                recorded_at bigint NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                target text NULL,
                purpose text NULL,
                legal_basis text NULL,
                outcome text NOT NULL,
                details_hash text NULL,
                previous_hash text NOT NULL,
                hash text NOT NULL
            );
            CREATE TABLE audit_checkpoints (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                last_sequence bigint NOT NULL,
                last_hash text NOT NULL,
                created_at bigint NOT NULL,
                status text NOT NULL,
                signature text NULL,
                public_key text NULL,
                reason text NULL
            );
            """),
    ];
}
