using MedDevice.Hub.Composition;
using MedDevice.Hub.Feeds;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Subscribers;

namespace MedDevice.Hub.Processing;

/// <summary>
/// The Process stage: claims accepted messages, runs their feed handler and commits each message's result
/// together with one delivery row per subscriber (transactional outbox).
/// </summary>
internal sealed partial class ProcessingWorker(
    MessageStore messages,
    FeedRegistry feeds,
    SubscriberRegistry subscribers,
    WorkSignals signals,
    StorageReadiness readiness,
    ProcessingOptions options,
    TimeProvider time,
    ILogger<ProcessingWorker> logger) : BackgroundService
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
            int claimed;
            try
            {
                claimed = await RunOnceAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(logger, ex);
                claimed = 0;
            }

            if (claimed < options.BatchSize)
            {
                await signals.Inbox.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Processes one batch; returns how many messages it claimed.</summary>
    internal async Task<int> RunOnceAsync()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var batch = await messages.ClaimPendingAsync(options.BatchSize, now, now + (long)options.Lease.TotalMilliseconds);
        if (batch.Count == 0)
        {
            return 0;
        }

        // Messages of one device key are processed in order; different keys in parallel.
        var results = new ProcessingResult[batch.Count];
        await Task.WhenAll(batch.Select((message, position) => (message, position))
            .GroupBy(m => m.message.DeviceKey ?? m.message.HubMessageId, StringComparer.Ordinal)
            .Select(async group =>
            {
                foreach (var (message, position) in group)
                {
                    results[position] = await ProcessAsync(message, now);
                }
            }));
        await messages.CompleteAsync(results, time.GetUtcNow().ToUnixTimeMilliseconds());
        if (Array.Exists(results, r => r is ProcessingResult.Routed { Deliveries.Count: > 0 }))
        {
            signals.Deliveries.Notify();
        }

        return batch.Count;
    }

    private async Task<ProcessingResult> ProcessAsync(PendingMessage message, long now)
    {
        if (feeds.Find(message.Feed) is not { } handler)
        {
            return new ProcessingResult.Failed(message.InboxId, message.HubMessageId, "HUB-PROC-001", $"No handler for feed '{message.Feed}'.");
        }

        try
        {
            var processed = await handler.ProcessAsync(message, CancellationToken.None);
            if (!processed.Ok)
            {
                var issue = processed.Issues.Count > 0 ? processed.Issues[0] : new Mappings.Common.MappingIssue("HUB-PROC-002", "No topic.");
                return new ProcessingResult.Failed(message.InboxId, message.HubMessageId, issue.Code, issue.Message);
            }

            var deliveries = processed.Quiet ? [] : subscribers.Route(processed.Topic!, processed.DeviceKey);
            return new ProcessingResult.Routed(message.InboxId, message.HubMessageId, processed.Topic!, processed.DeviceKey, processed.Output, deliveries);
        }
        catch (Exception ex)
        {
            LogProcessingError(logger, message.HubMessageId, ex);
            return new ProcessingResult.Postponed(message.InboxId, message.HubMessageId, now + (long)options.RetryDelay.TotalMilliseconds, ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = LogEvents.ProcessingBatchFailed, Level = LogLevel.Error, Message = "Processing batch failed; the claims expire and are retried")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEvents.ProcessingMessagePostponed, Level = LogLevel.Warning, Message = "Processing message {HubMessageId} failed; postponed")]
    private static partial void LogProcessingError(ILogger logger, string hubMessageId, Exception exception);
}
