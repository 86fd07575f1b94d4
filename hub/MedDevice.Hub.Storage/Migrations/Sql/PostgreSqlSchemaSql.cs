namespace MedDevice.Hub.Storage.Migrations.Sql;

/// <summary>PostgreSQL bookkeeping: hub processes starting together migrate one after the other under an advisory lock.</summary>
public sealed class PostgreSqlSchemaSql : SchemaSql
{
    /// <inheritdoc />
    public override string CreateMigrationsTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)";

    /// <inheritdoc />
    public override string LockMigrationsSql => "SELECT pg_advisory_xact_lock(@key)";
}
