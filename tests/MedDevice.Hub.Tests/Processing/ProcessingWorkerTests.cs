using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Processing;

/// <summary>
/// One processing batch (<c>RunOnceAsync</c>) through the real host with the workers stopped: an accepted message is
/// claimed, processed and completed, with one delivery per subscriber. (Failure handling is covered elsewhere.)
/// </summary>
public sealed class ProcessingWorkerTests
{
    [Fact]
    public async Task RunOnceAsync_AcceptedMessage_ProcessedWithOneDeliveryPerSubscriber()
    {
        await using var host = await WorkerHost.StartAsync(5, "a", "b");
        var hubId = await host.PostAsync("m-1");
        (await host.StatusAsync(hubId)).Status.ShouldBe("received");

        (await host.Processing.RunOnceAsync()).ShouldBe(1);

        var status = await host.StatusAsync(hubId);
        status.Status.ShouldBe("processed");
        status.ProcessedAt.ShouldBe(WorkerHost.Start.ToUnixTimeMilliseconds());
        status.Topic.ShouldNotBeNullOrEmpty();
        status.Deliveries.Select(d => d.SubscriberId).Order(StringComparer.Ordinal).ShouldBe(new[] { "a", "b" });
        status.Deliveries.ShouldAllBe(d => d.State == "pending" && d.Attempts == 0);
        host.Sink.Requests.ShouldBeEmpty("processing creates deliveries; only the delivery worker sends them");
    }

    [Fact]
    public async Task RunOnceAsync_MessageCompleted_NotClaimedAgain()
    {
        await using var host = await WorkerHost.StartAsync();
        var hubId = await host.PostAsync("m-1");
        (await host.Processing.RunOnceAsync()).ShouldBe(1);

        (await host.Processing.RunOnceAsync()).ShouldBe(0);

        (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem().SubscriberId.ShouldBe("s");
    }

    [Fact]
    public async Task RunOnceAsync_NothingAccepted_ClaimsNothing()
    {
        await using var host = await WorkerHost.StartAsync();

        (await host.Processing.RunOnceAsync()).ShouldBe(0);
    }
}
