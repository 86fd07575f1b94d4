namespace MedDevice.Hub.Storage.Audit.Sql;

/// <summary>SQLite audit SQL: one writer process, so appends need no lock of their own.</summary>
public sealed class SqliteAuditSql : AuditSql
{
}
