using MedDevice.Testing.PostgreSql;

namespace MedDevice.Hub.Storage.Tests.Migrations;

public sealed class PostgreSqlMigrationTests : MigrationComplianceTests, IAsyncLifetime
{
    private readonly PostgreSqlTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.PostgreSql, ConnectionString = _database.ConnectionString };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
