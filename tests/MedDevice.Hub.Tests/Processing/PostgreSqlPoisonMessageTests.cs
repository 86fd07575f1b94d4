using MedDevice.Testing.PostgreSql;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Processing;

/// <summary>The poison-message rule on PostgreSQL (a database of its own, dropped afterwards).</summary>
public sealed class PostgreSqlPoisonMessageTests : PoisonMessageTests, IAsyncLifetime
{
    private PostgreSqlTestDatabase? _database;

    public async Task InitializeAsync() => _database = await PostgreSqlTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override Task<HubFactory> CreateFactoryAsync(HubFactory factory) =>
        Task.FromResult(factory.With("Hub:Storage:Provider", "PostgreSql").With("Hub:Storage:ConnectionString", _database!.ConnectionString));
}
