using MedDevice.Testing.PostgreSql;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>The registry feed's partner contract on PostgreSQL (a database of its own, dropped afterwards).</summary>
public sealed class PostgreSqlRegistryFeedContractTests : RegistryFeedContractTests
{
    private PostgreSqlTestDatabase? _database;

    protected override async Task<HubFactory> UseDatabaseAsync(HubFactory factory)
    {
        _database = await PostgreSqlTestDatabase.CreateAsync();
        return factory.With("Hub:Storage:Provider", "PostgreSql").With("Hub:Storage:ConnectionString", _database.ConnectionString);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
