using MedDevice.Hub.Storage;

namespace MedDevice.Hub.Cli.Tests.Registry;

public sealed class SqliteRegistryImportCommandTests : RegistryImportCommandTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-registry-db-").FullName;

    protected override StorageOptions Options => new() { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, "hub.db")}" };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
