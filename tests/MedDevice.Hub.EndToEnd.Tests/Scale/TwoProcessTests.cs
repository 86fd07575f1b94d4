using MedDevice.Hub.EndToEnd.Infrastructure;
using MedDevice.Hub.EndToEnd.Scenario;
using MedDevice.Testing.PostgreSql;
using Xunit.Abstractions;

namespace MedDevice.Hub.EndToEnd.Scale;

/// <summary>
/// Scale-out on PostgreSQL: two hub processes with different node ids on one database, each taking half the
/// producers, share processing and delivery (SKIP LOCKED claims). Under normal operation every message reaches
/// every subscriber exactly once, in key order, and both processes deliver (seen in <c>X-Hub-Node</c>).
/// </summary>
[Collection(SerialHubProcesses.Name)]
public sealed class TwoProcessTests(ITestOutputHelper output)
{
    private const int Messages = 1000;
    private const int Devices = 250;
    private const string Secret = "e2e-sink-secret";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TwoNodesOneDatabase_PostgreSql_DeliverEachMessageExactlyOnceAndBothDeliver()
    {
        var database = new PostgreSqlTestDatabase();
        await database.InitializeAsync();
        try
        {
            await RunAsync(database.ConnectionString);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private async Task RunAsync(string connectionString)
    {
        await using var sinkA = await SinkServer.StartAsync("sink-a", Secret);
        await using var sinkB = await SinkServer.StartAsync("sink-b", Secret);
        SinkServer[] sinks = [sinkA, sinkB];
        await using var nodeA = new HubProcess("node-a", Settings(connectionString, "node-a", sinks), output.WriteLine);
        await using var nodeB = new HubProcess("node-b", Settings(connectionString, "node-b", sinks), output.WriteLine);
        await Task.WhenAll(nodeA.StartAsync(ReadyTimeout), nodeB.StartAsync(ReadyTimeout)); // both migrate at once: the advisory lock serialises them

        var plan = MessagePlan.Create(Messages, Devices, seed: 3);
        using var producer = new Producer([nodeA.BaseAddress, nodeB.BaseAddress]);
        await producer.RunAsync(plan, workers: 16, ratePerSecond: 0, deadline: TimeSpan.FromSeconds(60));
        var drained = await DeliveryWait.AllDeliveredAsync(plan, sinks, TimeSpan.FromSeconds(60));

        plan.Messages.Where(m => m.HubMessageId is null || m.UnexpectedStatus is not null).ShouldBeEmpty();
        producer.FailedAttempts.ShouldBe(0, producer.FailureSummary);
        foreach (var sink in sinks)
        {
            var audit = SinkAudit.Of(plan, sink);
            output.WriteLine($"{sink.SubscriberId}: drained {drained.TotalSeconds:F1} s after the load; by node: " +
                string.Join(", ", audit.ByNode.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}")));
            audit.Missing.ShouldBeEmpty();
            audit.Unknown.ShouldBeEmpty();
            audit.Duplicates.ShouldBeEmpty("no crash, no expired lease: exactly once");
            audit.OrderViolations.ShouldBeEmpty();
            audit.ByNode.Keys.ShouldBe(["node-a", "node-b"], ignoreOrder: true);
            audit.ByNode.Values.ShouldAllBe(count => count > 0);
        }

        var figures = await QueueFigures.ReadAsync(nodeB.BaseAddress);
        figures.Subscribers.ShouldAllBe(s => s.Dead == 0 && s.Delivered == Messages);
    }

    private static Dictionary<string, string> Settings(string connectionString, string node, IReadOnlyList<SinkServer> sinks)
    {
        var settings = HubSettings.Create("PostgreSql", connectionString, node, sinks, Secret);
        settings["Hub:Delivery:Lease"] = "00:01:00"; // a lease never expires under normal operation
        return settings;
    }
}
