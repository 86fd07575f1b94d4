using System.Text;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Backbone;

/// <summary>The queue semantics every database must show: dedup, per-key order, retries, dead letters, replay.</summary>
public abstract class BackboneComplianceTests : IAsyncLifetime
{
    private const long T0 = 1_800_000_000_000;
    private GroupCommitWriter? _writer;

    protected abstract StorageOptions Options { get; }

    protected MessageStore Messages { get; private set; } = null!;

    protected DeliveryStore Deliveries { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var dialect = SqlDialect.Create(Options);
        await new MigrationRunner(dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(dialect, dialect.Provider == StorageProvider.Sqlite ? 1 : 2);
        Messages = new MessageStore(dialect, _writer);
        Deliveries = new DeliveryStore(dialect, _writer);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Fact]
    public async Task AcceptAsync_SameKeySameBody_ReturnsOriginalReceipt()
    {
        var first = await Messages.AcceptAsync(Entry("m1", "key-a", "body"));
        var again = await Messages.AcceptAsync(Entry("m1", "key-a", "body") with { HubMessageId = "other" });

        first.IsNew.ShouldBeTrue();
        again.IsNew.ShouldBeFalse();
        again.SameBody.ShouldBeTrue();
        again.HubMessageId.ShouldBe(first.HubMessageId);
    }

    [Fact]
    public async Task AcceptAsync_SameKeyOtherBody_IsFlaggedAsConflict()
    {
        await Messages.AcceptAsync(Entry("m1", "key-a", "body"));
        var conflict = await Messages.AcceptAsync(Entry("m1", "key-a", "changed") with { HubMessageId = "other" });

        conflict.IsNew.ShouldBeFalse();
        conflict.SameBody.ShouldBeFalse();
    }

    [Fact]
    public async Task AcceptAsync_ConcurrentSameKey_StoresOneMessage()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Messages.AcceptAsync(Entry("dup", "key-a", "body") with { HubMessageId = $"h{i}" })));

        outcomes.Count(o => o.IsNew).ShouldBe(1);
        outcomes.Select(o => o.HubMessageId).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task ClaimAsync_PerKey_OnlyHeadOfKeyIsClaimable()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        await AcceptAndRouteAsync("m2", "key-a");
        await AcceptAndRouteAsync("m3", "key-b");

        var claimed = await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None);

        claimed.Select(c => c.HubMessageId).Order().ShouldBe(["h-m1", "h-m3"]);
        Encoding.UTF8.GetString(claimed[0].Payload).ShouldBe("{\"m\":\"m1\"}");
    }

    [Fact]
    public async Task ClaimAsync_HeadRetrying_BlocksKeyUntilDueThenKeepsOrder()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        await AcceptAndRouteAsync("m2", "key-a");
        var head = (await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None)).Single();
        await Deliveries.CompleteAsync([new DeliveryOutcome.Retry(head, 1, T0 + 5_000, "HTTP 503")], T0);

        (await Deliveries.ClaimAsync("n", 100, T0 + 1_000, T0 + 61_000, CancellationToken.None)).ShouldBeEmpty();
        var retried = await Deliveries.ClaimAsync("n", 100, T0 + 5_000, T0 + 65_000, CancellationToken.None);

        retried.Single().HubMessageId.ShouldBe("h-m1");
        retried.Single().Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task ClaimAsync_HeadDeadLettered_KeyMovesOn()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        await AcceptAndRouteAsync("m2", "key-a");
        var head = (await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None)).Single();
        await Deliveries.CompleteAsync([new DeliveryOutcome.Dead(head, 3, "HTTP 400")], T0);

        var next = await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None);

        next.Single().HubMessageId.ShouldBe("h-m2");
        var dead = await Deliveries.ListDeadAsync(new DeadLetterFilter(), CancellationToken.None);
        dead.Single().HubMessageId.ShouldBe("h-m1");
        dead.Single().LastError.ShouldBe("HTTP 400");
    }

    [Fact]
    public async Task ClaimAsync_EarlierMessageOfKeyUnprocessed_WaitsForIt()
    {
        await Messages.AcceptAsync(Entry("m1", "key-a", "{\"m\":\"m1\"}"));
        await AcceptAndRouteAsync("m2", "key-a");

        (await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClaimAsync_Claimed_NotClaimedAgainUntilLeaseExpires()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        (await Deliveries.ClaimAsync("n1", 100, T0, T0 + 10_000, CancellationToken.None)).Count.ShouldBe(1);

        (await Deliveries.ClaimAsync("n2", 100, T0 + 9_999, T0 + 20_000, CancellationToken.None)).ShouldBeEmpty();
        (await Deliveries.ClaimAsync("n2", 100, T0 + 10_000, T0 + 20_000, CancellationToken.None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ClaimAsync_ConcurrentClaimers_GetDisjointDeliveries()
    {
        for (var i = 0; i < 60; i++)
        {
            await AcceptAndRouteAsync($"m{i}", $"key-{i}");
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(n =>
            Deliveries.ClaimAsync($"n{n}", 15, T0, T0 + 60_000, CancellationToken.None)));

        var ids = claims.SelectMany(c => c).Select(c => c.Id).ToList();
        ids.Count.ShouldBe(60);
        ids.Distinct().Count().ShouldBe(60);
    }

    [Fact]
    public async Task CompleteAsync_Delivered_RemovesFromQueueAndShowsInStatus()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        var claimed = (await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None)).Single();

        await Deliveries.CompleteAsync([new DeliveryOutcome.Delivered(claimed, 1)], T0 + 10);

        (await Deliveries.ClaimAsync("n", 100, T0 + 120_000, T0 + 180_000, CancellationToken.None)).ShouldBeEmpty();
        var status = await Messages.GetStatusAsync("h-m1", CancellationToken.None);
        status!.Status.ShouldBe("processed");
        status.Deliveries.Single().State.ShouldBe("delivered");
        status.Deliveries.Single().DeliveredAt.ShouldBe(T0 + 10);
        var stats = (await Deliveries.GetQueueStatsAsync(CancellationToken.None)).Single();
        stats.Delivered.ShouldBe(1);
        stats.Depth.ShouldBe(0);
    }

    [Fact]
    public async Task ReplayAsync_DeadLetter_ReturnsToQueueWithFreshBudget()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        var claimed = (await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None)).Single();
        await Deliveries.CompleteAsync([new DeliveryOutcome.Dead(claimed, 5, "budget")], T0);

        var moved = await Deliveries.ReplayAsync([claimed.Id, 999_999], T0 + 1_000);
        var again = await Deliveries.ClaimAsync("n", 100, T0 + 1_000, T0 + 61_000, CancellationToken.None);

        moved.ShouldBe(1);
        again.Single().Attempts.ShouldBe(0);
        (await Deliveries.ListDeadAsync(new DeadLetterFilter(), CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReplayerAsync_DryRunByFilter_ChangesNothing()
    {
        await AcceptAndRouteAsync("m1", "key-a");
        await AcceptAndRouteAsync("m2", "key-b");
        var claimed = await Deliveries.ClaimAsync("n", 100, T0, T0 + 60_000, CancellationToken.None);
        await Deliveries.CompleteAsync(claimed.Select(c => (DeliveryOutcome)new DeliveryOutcome.Dead(c, 1, "x")).ToList(), T0);
        var replayer = new DeadLetterReplayer(Deliveries, new FakeTimeProvider());

        var dry = await replayer.ReplayAsync(new ReplayRequest(SubscriberId: "sub-a", DryRun: true), CancellationToken.None);
        var real = await replayer.ReplayAsync(new ReplayRequest(SubscriberId: "sub-a"), CancellationToken.None);

        dry.Matched.ShouldBe(2);
        dry.Replayed.ShouldBe(0);
        real.Replayed.ShouldBe(2);
    }

    [Fact]
    public async Task CompleteAsync_Failed_MarksFailedAndQuarantinesBody()
    {
        await Messages.AcceptAsync(Entry("m1", "key-a", "bad"));
        var pending = (await Messages.ClaimPendingAsync(10, T0, T0 + 1_000)).Single();

        await Messages.CompleteAsync([new ProcessingResult.Failed(pending.InboxId, pending.HubMessageId, "FEED-X", "broken")], T0);

        var status = await Messages.GetStatusAsync("h-m1", CancellationToken.None);
        status!.Status.ShouldBe("failed");
        status.ErrorCode.ShouldBe("FEED-X");
        (await Messages.CountQuarantinedAsync("partner", CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task ClaimPendingAsync_Leased_ReclaimedAfterLeaseForCrashRecovery()
    {
        await Messages.AcceptAsync(Entry("m1", "key-a", "x"));
        (await Messages.ClaimPendingAsync(10, T0, T0 + 5_000)).Count.ShouldBe(1);

        (await Messages.ClaimPendingAsync(10, T0 + 4_999, T0 + 10_000)).ShouldBeEmpty();
        var reclaimed = await Messages.ClaimPendingAsync(10, T0 + 5_000, T0 + 10_000);

        reclaimed.Single().Attempts.ShouldBe(2);
    }

    private static InboxEntry Entry(string messageId, string key, string body) =>
        new("h-" + messageId, "partner", messageId, "registry.device", "application/fhir+json",
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            Encoding.UTF8.GetBytes(body), key, T0);

    private async Task AcceptAndRouteAsync(string messageId, string key)
    {
        await Messages.AcceptAsync(Entry(messageId, key, $"{{\"m\":\"{messageId}\"}}"));
        var pending = (await Messages.ClaimPendingAsync(1000, T0, T0 + 1_000)).Where(p => p.HubMessageId == "h-" + messageId).ToList();
        foreach (var message in pending)
        {
            await Messages.CompleteAsync(
                [new ProcessingResult.Routed(message.InboxId, message.HubMessageId, "device.registered", key, null, [new NewDelivery("sub-a", key)])], T0);
        }
    }
}
