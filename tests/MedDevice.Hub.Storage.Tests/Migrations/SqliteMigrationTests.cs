using MedDevice.Hub.Storage.Tests.Infrastructure;

namespace MedDevice.Hub.Storage.Tests.Migrations;

public sealed class SqliteMigrationTests : MigrationComplianceTests, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.Sqlite, ConnectionString = _database.ConnectionString };

    public void Dispose() => _database.Dispose();
}
