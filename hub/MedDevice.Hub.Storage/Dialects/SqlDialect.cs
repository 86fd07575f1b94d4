using System.Data.Common;
using MedDevice.Hub.Storage.Audit.Sql;
using MedDevice.Hub.Storage.Customs.Sql;
using MedDevice.Hub.Storage.Deliveries.Sql;
using MedDevice.Hub.Storage.Messaging.Sql;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Migrations.Sql;
using MedDevice.Hub.Storage.Partners.Sql;
using MedDevice.Hub.Storage.PartnerState.Sql;
using MedDevice.Hub.Storage.Registry.Sql;
using MedDevice.Hub.Storage.Verification.Sql;

namespace MedDevice.Hub.Storage.Dialects;

/// <summary>
/// The root of what differs between the databases: connections and locking, and one SQL object per feature
/// (<see cref="Messaging"/>, <see cref="Deliveries"/>, …) holding that feature's statements for this database.
/// Shared relational code runs the statements through ADO.NET; no SQL lives outside the feature SQL classes.
/// </summary>
public abstract class SqlDialect
{
    private IReadOnlyList<Migration>? _migrations;

    /// <summary>The engine this dialect speaks to.</summary>
    public abstract StorageProvider Provider { get; }

    /// <summary>Connection-level SQL (readiness probe, session settings and locks).</summary>
    public abstract ConnectionSql Connection { get; }

    /// <summary>The migration runner's bookkeeping SQL.</summary>
    public abstract SchemaSql Schema { get; }

    /// <summary>Inbox and quarantine SQL.</summary>
    public abstract MessagingSql Messaging { get; }

    /// <summary>Delivery queue SQL.</summary>
    public abstract DeliveriesSql Deliveries { get; }

    /// <summary>Device registry SQL: devices, history, provenance, search index, bulk import.</summary>
    public abstract RegistrySql Registry { get; }

    /// <summary>Audit log SQL.</summary>
    public abstract AuditSql Audit { get; }

    /// <summary>Actor verification queue and verified organisations SQL.</summary>
    public abstract VerificationSql Verification { get; }

    /// <summary>Partner registry SQL.</summary>
    public abstract PartnersSql Partners { get; }

    /// <summary>Customs SQL: declarations and their lines, recalls, reference prices.</summary>
    public abstract CustomsSql Customs { get; }

    /// <summary>Partner modules' keyed state SQL.</summary>
    public abstract PartnerStateSql PartnerState { get; }

    /// <summary>The versioned schema, oldest first: every feature's migrations merged by their global version numbers.</summary>
    public IReadOnlyList<Migration> Migrations => _migrations ??= MigrationOrder.Merge(MigrationSources);

    /// <summary>The features that contribute migrations.</summary>
    public IReadOnlyList<IMigrationSource> MigrationSources => [Messaging, Deliveries, Audit, Partners, Registry, Verification, Customs, PartnerState];

    /// <summary>Opens a connection ready for use (pragmas applied).</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes a lock shared by every hub process on this database, held until the result is disposed (e.g. a FHIR
    /// conditional create: its search and its write must not interleave with another process's). Null where the
    /// database has one process by design (SQLite): in-process locks suffice there.
    /// </summary>
    public virtual Task<IAsyncDisposable?> LockAcrossProcessesAsync(long key, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(null);

    /// <summary>Takes the lock that serialises schema changes between processes, inside the transaction.</summary>
    public Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        LockInTransactionAsync(connection, transaction, Schema.LockMigrationsSql, SchemaSql.MigrationLockKey, cancellationToken);

    /// <summary>Serialises audit appends between processes inside the transaction (where the database needs it).</summary>
    public Task LockForAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        LockInTransactionAsync(connection, transaction, Audit.LockChainSql, AuditSql.ChainLockKey, cancellationToken);

    /// <summary>Adds a named parameter (written <c>@name</c> in the SQL text).</summary>
    public static void AddParameter(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Creates the dialect for the configured provider.</summary>
    public static SqlDialect Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteDialect(options.EffectiveConnectionString),
            StorageProvider.PostgreSql => new PostgreSqlDialect(options.EffectiveConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    // A lock released with the transaction; no statement where the database needs none.
    private static async Task LockInTransactionAsync(DbConnection connection, DbTransaction transaction, string? sql, long key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (sql is null)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        AddParameter(command, "key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
