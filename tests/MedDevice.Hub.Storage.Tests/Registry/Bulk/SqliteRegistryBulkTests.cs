using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Bulk;
using MedDevice.Hub.Storage.Tests.Infrastructure;

namespace MedDevice.Hub.Storage.Tests.Registry.Bulk;

public sealed class SqliteRegistryBulkTests : RegistryBulkComplianceTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.Sqlite, ConnectionString = _database.ConnectionString };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>
    /// A bulk session loosens its connection (page cache, foreign keys, WAL checkpoints, commit syncs) for the batch only:
    /// the pooled connection it hands back runs with the hub's settings again, and FinishAsync empties the WAL it grew.
    /// </summary>
    [Fact]
    public async Task WriteAsync_ThenFinish_PooledConnectionHasHubSettingsAndWalIsCopiedBack()
    {
        var dialect = (SqliteDialect)SqlDialect.Create(Options);
        var bulk = new RegistryBulkWriter(dialect, TimeProvider.System);
        var rows = MinimalDevices(200);

        (await bulk.WriteAsync(rows, CancellationToken.None)).ShouldAllBe(r => r.Outcome == DeviceWriteOutcome.Created);

        // The pool hands out the connection returned last: the bulk session's.
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        {
            (await PragmaAsync(connection, "wal_autocheckpoint")).ShouldBe(1000);
            (await PragmaAsync(connection, "cache_size")).ShouldBe(-2000);
            (await PragmaAsync(connection, "synchronous")).ShouldBe(2, "FULL");
            (await PragmaAsync(connection, "foreign_keys")).ShouldBe(1);
        }

        new FileInfo(dialect.DataSource + "-wal").Length.ShouldBeGreaterThan(0);
        await bulk.FinishAsync(CancellationToken.None);
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        await using (var command = connection.CreateCommand())
        {
            // A checkpoint now finds nothing left to copy: every WAL frame is already in the database.
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await using var reader = await command.ExecuteReaderAsync();
            (await reader.ReadAsync()).ShouldBeTrue();
            reader.GetInt64(2).ShouldBe(reader.GetInt64(1), "checkpointed frames = WAL frames");
        }
    }

    private static async Task<long> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
