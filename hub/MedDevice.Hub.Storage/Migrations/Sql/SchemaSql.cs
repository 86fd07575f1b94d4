namespace MedDevice.Hub.Storage.Migrations.Sql;

/// <summary>The migration runner's bookkeeping SQL: the table of applied versions and the lock around schema changes.</summary>
public abstract class SchemaSql
{
    /// <summary>Arbitrary constant identifying the hub's schema-migration lock.</summary>
    public const long MigrationLockKey = 0x4D4544_4855420001;

    /// <summary>Creates the bookkeeping table of applied migrations.</summary>
    public abstract string CreateMigrationsTableSql { get; }

    /// <summary>
    /// Serialises schema changes between processes inside the transaction (@key: <see cref="MigrationLockKey"/>); null
    /// where the transaction already holds the database's only writer lock (SQLite).
    /// </summary>
    public virtual string? LockMigrationsSql => null;

    /// <summary>Records one applied migration (@version, @name, @applied_at).</summary>
    public virtual string InsertMigrationSql =>
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)";

    /// <summary>Returns a row when @version was applied.</summary>
    public virtual string MigrationAppliedSql => "SELECT 1 FROM schema_migrations WHERE version = @version";

    /// <summary>The highest applied version.</summary>
    public virtual string MaxMigrationVersionSql => "SELECT MAX(version) FROM schema_migrations";
}
