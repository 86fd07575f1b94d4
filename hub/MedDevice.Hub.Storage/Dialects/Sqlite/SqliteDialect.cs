using System.Data;
using System.Data.Common;
using MedDevice.Hub.Storage.Audit.Sql;
using MedDevice.Hub.Storage.Customs.Sql;
using MedDevice.Hub.Storage.Deliveries.Sql;
using MedDevice.Hub.Storage.Messaging.Sql;
using MedDevice.Hub.Storage.Migrations.Sql;
using MedDevice.Hub.Storage.Partners.Sql;
using MedDevice.Hub.Storage.PartnerState.Sql;
using MedDevice.Hub.Storage.Registry.Sql;
using MedDevice.Hub.Storage.Verification.Sql;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Storage.Dialects;

/// <summary>
/// Embedded SQLite: one file, WAL journal, <c>synchronous=FULL</c> so a committed message survives power loss.
/// Writers are serialised by the hub (one writer, group commit); readers run concurrently under WAL.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    /// <summary>Creates the dialect; the database file's folder is created when missing.</summary>
    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    /// <inheritdoc />
    public override StorageProvider Provider => StorageProvider.Sqlite;

    /// <inheritdoc />
    public override ConnectionSql Connection { get; } = new SqliteConnectionSql();

    /// <inheritdoc />
    public override SchemaSql Schema { get; } = new SqliteSchemaSql();

    /// <inheritdoc />
    public override MessagingSql Messaging { get; } = new SqliteMessagingSql();

    /// <inheritdoc />
    public override DeliveriesSql Deliveries { get; } = new SqliteDeliveriesSql();

    /// <inheritdoc />
    public override RegistrySql Registry { get; } = new SqliteRegistrySql();

    /// <inheritdoc />
    public override AuditSql Audit { get; } = new SqliteAuditSql();

    /// <inheritdoc />
    public override VerificationSql Verification { get; } = new SqliteVerificationSql();

    /// <inheritdoc />
    public override PartnersSql Partners { get; } = new SqlitePartnersSql();

    /// <inheritdoc />
    public override CustomsSql Customs { get; } = new SqliteCustomsSql();

    /// <inheritdoc />
    public override PartnerStateSql PartnerState { get; } = new SqlitePartnerStateSql();

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = SqliteConnectionSql.OpenSettingsSql;
            await pragma.ExecuteNonQueryAsync(cancellationToken);

            // Statements a connection runs more than once (a query per declaration line, the writer's inserts) compile
            // once for the connection's lifetime; the prepared statements go when it closes.
            var statements = SqliteStatementCache.Attach(connection);
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == ConnectionState.Closed)
                {
                    statements.Dispose();
                }
            };
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
