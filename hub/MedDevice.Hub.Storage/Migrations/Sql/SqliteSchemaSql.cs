namespace MedDevice.Hub.Storage.Migrations.Sql;

/// <summary>
/// SQLite bookkeeping: Microsoft.Data.Sqlite begins non-deferred transactions with BEGIN IMMEDIATE, so a migration's
/// transaction already holds the writer lock and needs no lock of its own.
/// </summary>
public sealed class SqliteSchemaSql : SchemaSql
{
    /// <inheritdoc />
    public override string CreateMigrationsTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)";
}
