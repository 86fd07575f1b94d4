using MedDevice.Adapters.Inbound;
using MedDevice.Hub.Composition;
using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Delivery;
using MedDevice.Hub.Feeds;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Writing;
using MedDevice.Hub.Verification;

namespace MedDevice.Hub.Processing;

/// <summary>
/// The Process stage: claims accepted messages, asks each one's feed for its plan, and commits each message's plan, result
/// and one delivery row per subscriber in one transaction (transactional outbox; the group-commit writer puts many messages'
/// transactions into one commit and commits a failing one alone). A message whose processing fails is retried
/// with backoff and full jitter (the pure <see cref="RecoverabilityPolicy"/> deliveries use) until its attempt budget is
/// spent; then it is parked as a processing dead letter and its device key moves on.
/// </summary>
internal sealed partial class ProcessingWorker(
    MessageStore messages,
    FeedRegistry feeds,
    PlanApplier plans,
    GroupCommitWriter writer,
    WorkSignals signals,
    VerificationWorkSignal verificationSignal,
    StorageReadiness readiness,
    ProcessingOptions options,
    JitterSource jitter,
    TimeProvider time,
    ILogger<ProcessingWorker> logger) : BackgroundService
{
    /// <summary>Code of a message parked after its processing attempt budget.</summary>
    public const string ParkedCode = "HUB-PROC-003";

    private const int MaxStoredErrorLength = 500;

    private readonly RecoverabilityPolicy _policy = new(new RecoverabilityOptions { BaseDelay = options.RetryDelay, MaxDelay = options.MaxRetryDelay });

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

        // A claim holds at most the head message of each device key, so the batch's messages are independent.
        var results = await Task.WhenAll(batch.Select(message => ProcessAsync(message, now)));
        if (Array.Exists(results, r => r is ProcessingResult.Routed { Deliveries.Count: > 0 }))
        {
            signals.Deliveries.Notify();
        }

        return batch.Count;
    }

    private async Task<ProcessingResult> ProcessAsync(PendingMessage message, long now)
    {
        if (message.Attempts > options.MaxAttempts)
        {
            // Earlier claims expired without a result (a commit that kept failing, a crash): the budget is spent.
            LogParked(logger, message.HubMessageId, message.Attempts);
            return await CompleteAsync(new ProcessingResult.Parked(message.InboxId, message.HubMessageId, ParkedCode,
                $"attempt budget of {options.MaxAttempts} exhausted: earlier attempts ended without a result"));
        }

        if (feeds.Find(message.Feed) is not { } feed)
        {
            return await CompleteAsync(new ProcessingResult.Failed(message.InboxId, message.HubMessageId, "HUB-PROC-001", $"No handler for feed '{message.Feed}'."));
        }

        try
        {
            var plan = await feed.PlanAsync(new InboundMessage(message.HubMessageId, message.PartnerId, message.Feed, message.Body, message.DeviceKey,
                message.ReceivedAt, message.Attempts), CancellationToken.None);
            var prepared = plans.Prepare(message, plan);
            var applied = await writer.WriteAsync((connection, transaction, ct) =>
                plans.ApplyAsync(connection, transaction, prepared, time.GetUtcNow().ToUnixTimeMilliseconds(), ct));
            if (applied.QueuedVerification)
            {
                verificationSignal.Queued.Notify();
            }

            return applied.Result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || message.Attempts > 0)
        {
            return await CompleteAsync(Recover(message, now, ex));
        }
    }

    /// <summary>Commits a result that has no plan to apply (a retry, a parked message, an unknown feed).</summary>
    private async Task<ProcessingResult> CompleteAsync(ProcessingResult result)
    {
        try
        {
            await messages.CompleteAsync([result], time.GetUtcNow().ToUnixTimeMilliseconds());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The claim expires and the message is tried again; the attempt counts towards its budget.
            LogCommitFailed(logger, result.HubMessageId, ex);
        }

        return result;
    }

    private ProcessingResult Recover(PendingMessage message, long now, Exception exception)
    {
        var error = Truncate($"{exception.GetType().Name}: {exception.Message}");
        var decision = _policy.Decide(Math.Max(1, message.Attempts), DeliveryErrorKind.Transient, Math.Max(1, options.MaxAttempts),
            DateTimeOffset.FromUnixTimeMilliseconds(now), jitter.Next());
        switch (decision)
        {
            case RecoverabilityAction.RetryAt retry:
                LogProcessingError(logger, message.HubMessageId, message.Attempts, exception);
                return new ProcessingResult.Postponed(message.InboxId, message.HubMessageId, retry.At.ToUnixTimeMilliseconds(), error);
            case RecoverabilityAction.DeadLetter dead:
                LogParked(logger, message.HubMessageId, message.Attempts);
                return new ProcessingResult.Parked(message.InboxId, message.HubMessageId, ParkedCode, $"{dead.Reason}; last error: {error}");
            default:
                throw new InvalidOperationException("Unknown recoverability action.");
        }
    }

    private static string Truncate(string text) => text.Length <= MaxStoredErrorLength ? text : text[..MaxStoredErrorLength];

    [LoggerMessage(EventId = LogEvents.ProcessingBatchFailed, Level = LogLevel.Error, Message = "Processing batch failed; the claims expire and are retried")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEvents.ProcessingMessagePostponed, Level = LogLevel.Warning, Message = "Processing message {HubMessageId} failed on attempt {Attempt}; postponed")]
    private static partial void LogProcessingError(ILogger logger, string hubMessageId, int attempt, Exception exception);

    [LoggerMessage(EventId = LogEvents.ProcessingMessageParked, Level = LogLevel.Error, Message = "Processing message {HubMessageId} parked as a dead letter after {Attempts} attempts; its key moves on")]
    private static partial void LogParked(ILogger logger, string hubMessageId, int attempts);

    [LoggerMessage(EventId = LogEvents.ProcessingCommitFailed, Level = LogLevel.Error, Message = "Committing the processing result of {HubMessageId} failed; its claim expires and it is retried")]
    private static partial void LogCommitFailed(ILogger logger, string hubMessageId, Exception exception);
}
