using MedDevice.Hub.Storage;
using MedDevice.Testing.PostgreSql;

namespace MedDevice.Hub.Cli.Tests.Audit;

/// <summary>The same suite on a throwaway database of the cluster announced in <c>MEDDEVICE_TEST_POSTGRES</c> (ops/test.sh).</summary>
public sealed class PostgreSqlAuditVerifyCommandTests : AuditVerifyCommandTests
{
    private readonly PostgreSqlTestDatabase _database = new() { Prefix = "hubctl_" };

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
