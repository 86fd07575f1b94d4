using System.Diagnostics;
using MedDevice.Hub.EndToEnd.Infrastructure;
using MedDevice.Hub.EndToEnd.Scenario;
using MedDevice.Testing.Polling;
using MedDevice.Testing.PostgreSql;
using Xunit.Abstractions;

namespace MedDevice.Hub.EndToEnd.CrashSafety;

/// <summary>
/// Persist first, acknowledge second, under a SIGKILL: a producer loads the hub while two subscribers flap; the
/// hub is killed mid-load and restarted on the same database; the producer re-posts whatever was not
/// acknowledged. Every acknowledged message must reach every subscriber, repeats only under the same
/// idempotency key, per-key order kept.
/// </summary>
[Collection(SerialHubProcesses.Name)]
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Messages = 2000;
    private const int Devices = 500;
    private const string Secret = "e2e-sink-secret";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KillDuringLoad_Sqlite_EveryAcknowledgedMessageDeliveredInKeyOrder()
    {
        var folder = Directory.CreateTempSubdirectory("meddevice-e2e-");
        try
        {
            await RunAsync("Sqlite", $"Data Source={Path.Combine(folder.FullName, "hub.db")}", seed: 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task KillDuringLoad_PostgreSql_EveryAcknowledgedMessageDeliveredInKeyOrder()
    {
        var database = new PostgreSqlTestDatabase();
        await database.InitializeAsync();
        try
        {
            await RunAsync("PostgreSql", database.ConnectionString, seed: 2);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private async Task RunAsync(string provider, string connectionString, int seed)
    {
        var total = Stopwatch.StartNew();
        await using var sinkA = await SinkServer.StartAsync("sink-a", Secret);
        await using var sinkB = await SinkServer.StartAsync("sink-b", Secret);
        SinkServer[] sinks = [sinkA, sinkB];
        await using var hub = new HubProcess("hub", HubSettings.Create(provider, connectionString, "node-1", sinks, Secret), output.WriteLine);
        await hub.StartAsync(ReadyTimeout);

        var plan = MessagePlan.Create(Messages, Devices, seed);
        using var producer = new Producer([hub.BaseAddress]);
        using var stopChaos = new CancellationTokenSource();
        var chaos = SinkChaos.RunAsync(sinks, seed, TimeSpan.FromMilliseconds(300), stopChaos.Token);
        var produce = producer.RunAsync(plan, workers: 32, ratePerSecond: 400, deadline: TimeSpan.FromSeconds(60));

        await Eventually.UntilAsync(() => producer.Acknowledged >= Messages * 2 / 5, "the load to reach 40%");
        produce.IsCompleted.ShouldBeFalse("the kill must land mid-load");
        var acknowledgedAtKill = producer.Acknowledged;
        await hub.KillAsync();
        output.WriteLine($"SIGKILL after {acknowledgedAtKill} acknowledgements; restarting");
        var failedBeforeKill = producer.FailedAttempts;
        await Eventually.UntilAsync(() => producer.FailedAttempts > failedBeforeKill, "the producer to meet the dead hub");
        await hub.StartAsync(ReadyTimeout);

        await produce;
        await stopChaos.CancelAsync();
        var switches = await chaos;
        var drained = await DeliveryWait.AllDeliveredAsync(plan, sinks, TimeSpan.FromSeconds(90));

        var unacknowledged = plan.Messages.Where(m => m.HubMessageId is null).Select(m => m.PartnerMessageId).ToList();
        var unexpected = plan.Messages.Where(m => m.UnexpectedStatus is not null).Select(m => $"{m.PartnerMessageId}: {m.UnexpectedStatus}").ToList();
        var repeats = plan.Messages.Count(m => m.AcknowledgedAsRepeat);
        output.WriteLine($"{provider}: {Messages} messages, {producer.FailedAttempts} failed posts re-sent, {repeats} acknowledged as repeats (committed before the kill, receipt lost), " +
            $"{switches} sink mode switches, drained {drained.TotalSeconds:F1} s after the load, total {total.Elapsed.TotalSeconds:F1} s");
        unacknowledged.ShouldBeEmpty("every message must be acknowledged in the end");
        unexpected.ShouldBeEmpty();
        producer.FailedAttempts.ShouldBeGreaterThan(0, "the producer must have met the killed hub");
        hub.Starts.ShouldBe(2);

        foreach (var sink in sinks)
        {
            var audit = SinkAudit.Of(plan, sink);
            output.WriteLine($"{sink.SubscriberId}: {sink.DistinctKeys} distinct, {audit.Duplicates.Count} keys repeated " +
                $"({audit.Duplicates.Values.Sum() - audit.Duplicates.Count} extra deliveries), {sink.Refused} refused, {sink.BadSignatures} bad signatures");
            foreach (var (key, count) in audit.Duplicates.Take(20))
            {
                output.WriteLine($"  repeated {count}x: {key}");
            }

            audit.Missing.ShouldBeEmpty($"{sink.SubscriberId} lost acknowledged messages");
            audit.Unknown.ShouldBeEmpty($"{sink.SubscriberId} got messages under hub ids no receipt named (a repeat accepted twice?)");
            audit.MalformedKeys.ShouldBeEmpty();
            audit.OrderViolations.ShouldBeEmpty($"{sink.SubscriberId} saw a key out of order");
            sink.BadSignatures.ShouldBe(0);
        }

        await Eventually.UntilAsync(async () => (await QueueFigures.ReadAsync(hub.BaseAddress)).Drained, "the queues to drain", TimeSpan.FromSeconds(20));
        var figures = await QueueFigures.ReadAsync(hub.BaseAddress);
        figures.Subscribers.ShouldAllBe(s => s.Dead == 0 && s.Delivered == Messages);
    }
}
