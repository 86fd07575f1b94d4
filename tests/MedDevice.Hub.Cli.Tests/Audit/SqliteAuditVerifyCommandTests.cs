using MedDevice.Hub.Storage;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Cli.Tests.Audit;

public sealed class SqliteAuditVerifyCommandTests : AuditVerifyCommandTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-audit-db-").FullName;

    protected override StorageOptions Options => new() { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, "hub.db")}" };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
