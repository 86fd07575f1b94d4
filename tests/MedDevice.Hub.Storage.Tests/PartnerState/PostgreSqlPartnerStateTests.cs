using MedDevice.Testing.PostgreSql;
using MedDevice.Hub.Storage.Tests.Infrastructure;

namespace MedDevice.Hub.Storage.Tests.PartnerState;

public sealed class PostgreSqlPartnerStateTests : PartnerStateComplianceTests
{
    private readonly PostgreSqlTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.PostgreSql, ConnectionString = _database.ConnectionString };

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
