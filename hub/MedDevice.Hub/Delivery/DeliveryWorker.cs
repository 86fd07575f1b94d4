using MedDevice.Hub.Composition;
using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Subscribers;

namespace MedDevice.Hub.Delivery;

/// <summary>
/// The Deliver stage: claims due deliveries in batches, sends them (bounded concurrency, one circuit per
/// subscriber), and commits delivered / retry / dead-letter / deferred outcomes in one transaction per batch.
/// </summary>
internal sealed partial class DeliveryWorker(
    DeliveryStore store,
    SubscriberRegistry subscribers,
    SubscriberSender sender,
    SubscriberCircuits circuits,
    RecoverabilityPolicy policy,
    JitterSource jitter,
    WorkSignals signals,
    StorageReadiness readiness,
    DeliveryOptions options,
    NodeIdentity node,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.Migrated.WaitAsync(stoppingToken);
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => LoopAsync(stoppingToken)));
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(logger, ex);
            }

            if (claimed < options.BatchSize)
            {
                await signals.Deliveries.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Claims, sends and commits one batch; returns how many deliveries it claimed.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var batch = await store.ClaimAsync(node.Id, options.BatchSize, now, now + (long)options.Lease.TotalMilliseconds, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var outcomes = new DeliveryOutcome[batch.Count];
        await Parallel.ForAsync(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => outcomes[i] = await AttemptAsync(batch[i], ct));
        await store.CompleteAsync(outcomes, time.GetUtcNow().ToUnixTimeMilliseconds());
        if (Array.Exists(outcomes, o => o is DeliveryOutcome.Delivered or DeliveryOutcome.Dead))
        {
            signals.Deliveries.NotifyLocal(); // a key's next message may now be the head
        }

        return batch.Count;
    }

    private async Task<DeliveryOutcome> AttemptAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (subscribers.Find(delivery.SubscriberId) is not { } subscriber)
        {
            return new DeliveryOutcome.Dead(delivery, delivery.Attempts, "subscriber no longer configured");
        }

        var result = await circuits.ExecuteAsync(subscriber.Id, ct => sender.SendAsync(subscriber, delivery, ct), cancellationToken);
        var now = time.GetUtcNow();
        if (result is null)
        {
            return new DeliveryOutcome.Deferred(delivery, (now + options.BreakDuration).ToUnixTimeMilliseconds());
        }

        var attempts = delivery.Attempts + 1;
        if (result.Delivered)
        {
            return new DeliveryOutcome.Delivered(delivery, attempts);
        }

        return policy.Decide(attempts, result.Kind, subscriber.MaxAttempts, now, jitter.Next()) switch
        {
            RecoverabilityAction.RetryAt retry => new DeliveryOutcome.Retry(delivery, attempts, retry.At.ToUnixTimeMilliseconds(), result.Error),
            RecoverabilityAction.DeadLetter dead => new DeliveryOutcome.Dead(delivery, attempts, $"{result.Error}; {dead.Reason}"),
            _ => throw new InvalidOperationException("Unknown recoverability action."),
        };
    }

    [LoggerMessage(EventId = LogEvents.DeliveryBatchFailed, Level = LogLevel.Error, Message = "Delivery batch failed; the claims expire and are retried")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
