using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;

namespace MedDevice.Hub.Storage.Migrations;

/// <summary>
/// Applies the dialect's pending migrations in order, each in its own transaction, under the dialect's
/// migration lock so several hub processes starting together apply each step once.
/// </summary>
public sealed class MigrationRunner(SqlDialect dialect, TimeProvider time)
{
    /// <summary>Applies what is missing; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using (var setup = await connection.BeginTransactionAsync(cancellationToken))
        {
            await dialect.LockForMigrationAsync(connection, setup, cancellationToken);
            await ExecuteAsync(connection, setup, dialect.Schema.CreateMigrationsTableSql, cancellationToken);
            await setup.CommitAsync(cancellationToken);
        }

        var applied = new List<int>();
        foreach (var migration in dialect.Migrations.OrderBy(m => m.Version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await dialect.LockForMigrationAsync(connection, transaction, cancellationToken);
            if (await IsAppliedAsync(connection, transaction, migration.Version, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = dialect.Schema.InsertMigrationSql;
                SqlDialect.AddParameter(record, "version", migration.Version);
                SqlDialect.AddParameter(record, "name", migration.Name);
                SqlDialect.AddParameter(record, "applied_at", time.GetUtcNow().ToUnixTimeMilliseconds());
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>True when every known migration has been applied.</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = dialect.Schema.MaxMigrationVersionSql;
        try
        {
            var value = await command.ExecuteScalarAsync(cancellationToken);
            var current = value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            return current >= dialect.Migrations.Max(m => m.Version);
        }
        catch (DbException)
        {
            return false;
        }
    }

    private async Task<bool> IsAppliedAsync(DbConnection connection, DbTransaction transaction, int version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = dialect.Schema.MigrationAppliedSql;
        SqlDialect.AddParameter(command, "version", version);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
