using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Cli.Tests.Queues;

public sealed class PartnersCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-partners-").FullName;
    private string _config = "";

    public async Task InitializeAsync()
    {
        var db = Path.Combine(_folder, "hub.db");
        _config = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(_config, "{\"Hub\":{\"Storage\":{\"Provider\":\"Sqlite\",\"ConnectionString\":\"Data Source=" + db + "\"}}}");
        await new MigrationRunner(SqlDialect.Create(new StorageOptions { ConnectionString = $"Data Source={db}" }), TimeProvider.System).ApplyAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AddListRotateDisable_ManagesStoredPartner()
    {
        var (addCode, added, _) = await RunAsync("partners", "add", "vn-shop", "--role", "ecommerce", "--feed", "registry.device", "--config", _config);
        var (_, rotated, _) = await RunAsync("partners", "rotate-key", "vn-shop", "--config", _config);
        var (disableCode, _, _) = await RunAsync("partners", "disable", "vn-shop", "--config", _config);
        var (_, listed, _) = await RunAsync("partners", "list", "--config", _config);
        var (unknownCode, _, unknown) = await RunAsync("partners", "disable", "nobody", "--config", _config);

        addCode.ShouldBe(0);
        added.ShouldContain("API key (shown once): ");
        rotated.ShouldContain("new API key");
        rotated.Split(' ')[^1].Trim().ShouldNotBe(added.Split(' ')[^1].Trim());
        disableCode.ShouldBe(0);
        listed.ShouldContain("vn-shop");
        listed.ShouldContain("no");
        unknownCode.ShouldBe(1);
        unknown.ShouldContain("no stored partner");
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await HubCtl.RunAsync(args, new CliIo(new StringReader(""), output, error, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }
}
