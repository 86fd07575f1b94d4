using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Delivery;

/// <summary>
/// One delivery batch at a time (<c>RunOnceAsync</c>) through the real host on the fake clock: a due delivery is sent and
/// marked delivered; a 5xx is retried at the policy's time and not before; a 4xx or a spent budget is dead-lettered.
/// </summary>
public sealed class DeliveryWorkerTests
{
    [Fact]
    public async Task RunOnceAsync_DueDelivery_SentOnceAndDelivered()
    {
        await using var host = await WorkerHost.StartAsync();
        var hubId = await host.PostProcessedAsync("m-1");

        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(1);

        var request = host.Sink.Requests.ShouldHaveSingleItem();
        request.Headers["Idempotency-Key"].ShouldBe($"{hubId}:s");
        request.Headers["X-Hub-Message-Id"].ShouldBe(hubId);
        var delivery = (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem();
        delivery.State.ShouldBe("delivered");
        delivery.Attempts.ShouldBe(1);
        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(0, "a delivered delivery is not claimed again");
        host.Sink.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunOnceAsync_Transient503_RetriedAtThePolicyTimeAndNotBefore()
    {
        await using var host = await WorkerHost.StartAsync();
        host.Sink.Respond = _ => 503;
        var hubId = await host.PostProcessedAsync("m-1");

        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(1);

        var firstRetry = WorkerHost.Start + BackoffCalculator.FullJitter(1, WorkerHost.RetryBaseDelay, WorkerHost.RetryMaxDelay,
            new Random(WorkerHost.JitterSeed).NextDouble());
        var retrying = (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem();
        retrying.State.ShouldBe("retrying");
        retrying.Attempts.ShouldBe(1);
        retrying.LastError.ShouldNotBeNull().ShouldContain("503");
        retrying.NextAttemptAt.ShouldBe(firstRetry.ToUnixTimeMilliseconds());
        firstRetry.ShouldBeGreaterThan(WorkerHost.Start);

        host.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(firstRetry.ToUnixTimeMilliseconds() - 1));
        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(0, "the retry is not due yet");
        host.Sink.Requests.Count.ShouldBe(1);

        host.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(firstRetry.ToUnixTimeMilliseconds()));
        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(1);
        host.Sink.Requests.Count.ShouldBe(2);
        (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem().Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task RunOnceAsync_Permanent400_DeadLetteredAfterOneAttempt()
    {
        await using var host = await WorkerHost.StartAsync();
        host.Sink.Respond = _ => 400;
        var hubId = await host.PostProcessedAsync("m-1");

        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(1);

        var dead = (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem();
        dead.State.ShouldBe("dead");
        dead.Attempts.ShouldBe(1);
        (await DeadLettersAsync(host)).ShouldHaveSingleItem().HubMessageId.ShouldBe(hubId);
        host.Clock.Advance(WorkerHost.RetryMaxDelay * 2);
        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(0, "a dead letter is never retried on its own");
        host.Sink.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunOnceAsync_Transient503WithTheBudgetSpent_DeadLettered()
    {
        await using var host = await WorkerHost.StartAsync(maxAttempts: 2);
        host.Sink.Respond = _ => 503;
        var hubId = await host.PostProcessedAsync("m-1");
        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(1);
        var retrying = (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem();
        retrying.State.ShouldBe("retrying");

        host.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(retrying.NextAttemptAt.ShouldNotBeNull()));
        (await host.Delivery.RunOnceAsync(CancellationToken.None)).ShouldBe(1);

        var dead = (await host.StatusAsync(hubId)).Deliveries.ShouldHaveSingleItem();
        dead.State.ShouldBe("dead");
        dead.Attempts.ShouldBe(2);
        (await DeadLettersAsync(host)).ShouldHaveSingleItem().HubMessageId.ShouldBe(hubId);
        host.Sink.Requests.Count.ShouldBe(2);
    }

    private static Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(WorkerHost host) =>
        host.Factory.Services.GetRequiredService<DeliveryStore>().ListDeadAsync(new DeadLetterFilter(), CancellationToken.None);
}
