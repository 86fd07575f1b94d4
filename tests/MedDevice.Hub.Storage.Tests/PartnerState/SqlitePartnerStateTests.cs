using MedDevice.Hub.Storage.Tests.Infrastructure;

namespace MedDevice.Hub.Storage.Tests.PartnerState;

public sealed class SqlitePartnerStateTests : PartnerStateComplianceTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.Sqlite, ConnectionString = _database.ConnectionString };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }
}
