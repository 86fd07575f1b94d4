namespace MedDevice.Hub.Storage.Audit.Sql;

/// <summary>PostgreSQL audit SQL: appends of several processes are serialised by a transaction-level advisory lock.</summary>
public sealed class PostgreSqlAuditSql : AuditSql
{
    /// <inheritdoc />
    public override string LockChainSql => "SELECT pg_advisory_xact_lock(@key)";
}
