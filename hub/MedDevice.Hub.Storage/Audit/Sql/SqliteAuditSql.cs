using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Audit.Sql;

/// <summary>SQLite audit SQL: one writer process, so appends need no lock of their own.</summary>
public sealed class SqliteAuditSql : AuditSql
{
    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(2, "audit: hash-chained audit log and signed checkpoints", """
            CREATE TABLE audit_log (
                sequence INTEGER PRIMARY KEY,
                recorded_at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NULL,
                purpose TEXT NULL,
                legal_basis TEXT NULL,
                outcome TEXT NOT NULL,
                details_hash TEXT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE TABLE audit_checkpoints (
                id INTEGER PRIMARY KEY,
                last_sequence INTEGER NOT NULL,
                last_hash TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                status TEXT NOT NULL,
                signature TEXT NULL,
                public_key TEXT NULL,
                reason TEXT NULL
            );
            """),
    ];
}
