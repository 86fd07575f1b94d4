using System.Text;
using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Cli.Tests.Queues;

/// <summary>hubctl against a real SQLite hub database configured through an appsettings file.</summary>
public sealed class DlqCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-dlq-").FullName;
    private string _config = "";

    public async Task InitializeAsync()
    {
        var db = Path.Combine(_folder, "hub.db");
        _config = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(_config, "{\"Hub\":{\"Storage\":{\"Provider\":\"Sqlite\",\"ConnectionString\":\"Data Source=" + db + "\"}}}");
        var dialect = SqlDialect.Create(new StorageOptions { ConnectionString = $"Data Source={db}" });
        await new MigrationRunner(dialect, TimeProvider.System).ApplyAsync(CancellationToken.None);
        await using var writer = new GroupCommitWriter(dialect);
        var messages = new MessageStore(dialect, writer);
        var deliveries = new DeliveryStore(dialect, writer);
        await messages.AcceptAsync(new InboxEntry("h1", "p", "m1", "registry.device", null, "x", Encoding.UTF8.GetBytes("{}"), "k", 1));
        var pending = (await messages.ClaimPendingAsync(10, 1, 2)).Single();
        await messages.CompleteAsync([new ProcessingResult.Routed(pending.InboxId, "h1", "device.registered", "k", null, [new NewDelivery("sub-a", "k")])], 1);
        var claimed = (await deliveries.ClaimAsync("n", 10, 1, 2, CancellationToken.None)).Single();
        await deliveries.CompleteAsync([new DeliveryOutcome.Dead(claimed, 1, "HTTP 400")], 1);

        // A message parked after its processing budget: a processing dead letter.
        await messages.AcceptAsync(new InboxEntry("h2", "p", "m2", "registry.device", null, "y", Encoding.UTF8.GetBytes("{}"), "k2", 3));
        var poison = (await messages.ClaimPendingAsync(10, 3, 4)).Single();
        await messages.CompleteAsync([new ProcessingResult.Parked(poison.InboxId, "h2", "HUB-PROC-003", "attempt budget of 10 exhausted; last error: boom")], 4);
        _parkedId = poison.InboxId;
    }

    private long _parkedId;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DlqList_DeadLetterPresent_ShowsIt()
    {
        var (code, output, _) = await RunAsync("dlq", "list", "--config", _config);

        code.ShouldBe(0);
        output.ShouldContain("sub-a");
        output.ShouldContain("HTTP 400");
    }

    [Fact]
    public async Task DlqReplay_DryRunThenReal_ReplaysOnlyOnce()
    {
        var (dryCode, dry, _) = await RunAsync("dlq", "replay", "--subscriber", "sub-a", "--dry-run", "--config", _config);
        var (code, real, _) = await RunAsync("dlq", "replay", "--subscriber", "sub-a", "--config", _config);
        var (_, again, _) = await RunAsync("dlq", "replay", "--subscriber", "sub-a", "--config", _config);

        dryCode.ShouldBe(0);
        dry.ShouldContain("dry run: 1 dead letters would be replayed");
        code.ShouldBe(0);
        real.ShouldContain("replayed 1 of 1");
        again.ShouldContain("replayed 0 of 0");
    }

    [Fact]
    public async Task DlqList_ParkedMessage_ListedAfterDeliveriesAsProcessing()
    {
        var (code, output, _) = await RunAsync("dlq", "list", "--config", _config);

        code.ShouldBe(0);
        output.IndexOf("sub-a", StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("h2", StringComparison.Ordinal));
        output.ShouldContain("processing");
        output.ShouldContain("boom");
    }

    [Fact]
    public async Task DlqList_StageDelivery_LeavesParkedMessagesOut()
    {
        var (code, output, _) = await RunAsync("dlq", "list", "--stage", "delivery", "--config", _config);

        code.ShouldBe(0);
        output.ShouldContain("sub-a");
        output.ShouldNotContain("h2");
    }

    [Fact]
    public async Task DlqReplay_StageProcessing_ReturnsParkedMessageToInboxOnce()
    {
        var id = _parkedId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (showCode, shown, _) = await RunAsync("dlq", "show", id, "--stage", "processing", "--config", _config);
        var (code, real, _) = await RunAsync("dlq", "replay", id, "--stage", "processing", "--config", _config);
        var (_, again, _) = await RunAsync("dlq", "replay", id, "--stage", "processing", "--config", _config);
        var (_, listed, _) = await RunAsync("dlq", "list", "--stage", "processing", "--config", _config);

        showCode.ShouldBe(0);
        shown.ShouldContain("\"HubMessageId\":\"h2\"");
        code.ShouldBe(0);
        real.ShouldContain("replayed 1 of 1");
        again.ShouldContain("replayed 0 of 0");
        listed.ShouldNotContain("h2");
    }

    [Fact]
    public async Task DlqList_UnknownStage_IsUsageError()
    {
        var (code, _, _) = await RunAsync("dlq", "list", "--stage", "parked", "--config", _config);

        code.ShouldNotBe(0);
    }

    [Fact]
    public async Task DlqReplay_NoTarget_IsUsageError()
    {
        var (code, _, error) = await RunAsync("dlq", "replay", "--config", _config);

        code.ShouldBe(2);
        error.ShouldContain("all=true");
    }

    [Fact]
    public async Task Queues_Json_ReportsDeadCount()
    {
        var (code, output, _) = await RunAsync("queues", "--json", "--config", _config);

        code.ShouldBe(0);
        output.ShouldContain("\"SubscriberId\":\"sub-a\"");
        output.ShouldContain("\"Dead\":1");
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await HubCtl.RunAsync(args, new CliIo(new StringReader(""), output, error, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }
}
