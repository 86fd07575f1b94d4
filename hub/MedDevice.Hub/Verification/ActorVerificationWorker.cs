using MedDevice.Adapters.Identity;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Composition;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage.Verification;

namespace MedDevice.Hub.Verification;

/// <summary>
/// Works the verification queue: claims due rows, verifies the pending ones over one batch stream, records each
/// verdict with its Organization record and alert in one transaction, then tells the listeners and marks the row
/// done. A check without a verdict (service down, circuit open) is put back with exponential backoff and full
/// jitter; nothing is dropped.
/// </summary>
internal sealed partial class ActorVerificationWorker(
    ActorVerificationStore store,
    IIdentityVerifier verifier,
    IEnumerable<IActorVerificationListener> listeners,
    IAuditTrail audit,
    HubMessageIdGenerator ids,
    WorkSignals signals,
    VerificationWorkSignal wake,
    StorageReadiness readiness,
    VerificationOptions options,
    TimeProvider time,
    ILogger<ActorVerificationWorker> logger) : BackgroundService
{
    private readonly IActorVerificationListener[] _listeners = listeners.ToArray();
    private readonly Random _jitter = new();
    private readonly Lock _jitterGate = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.Migrated.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex);
                claimed = 0;
            }

            if (claimed < options.BatchSize)
            {
                await wake.Queued.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>One round; returns the rows claimed.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var claimed = await store.ClaimAsync(Math.Max(1, options.BatchSize), now, now + (long)options.Lease.TotalMilliseconds);
        var handled = new HashSet<long>();
        try
        {
            var pending = claimed.Where(r => r.State == ActorVerificationState.Pending).ToList();
            if (pending.Count > 0)
            {
                var context = new VerificationContext(AuditActors.System, options.QueuePurpose, options.QueueLegalBasis, ids.Next());
                var results = await verifier.VerifyBatchAsync(pending.Select(r => (IdentityQuery)new OrganizationQuery(r.SubjectKey)).ToList(), context, cancellationToken: cancellationToken);
                for (var i = 0; i < pending.Count; i++)
                {
                    await HandleAsync(pending[i], results[i], context, cancellationToken);
                    handled.Add(pending[i].Id);
                }
            }

            foreach (var verified in claimed.Where(r => r.State == ActorVerificationState.Verified))
            {
                await NotifyAsync(verified, cancellationToken);
                handled.Add(verified.Id);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The hub is stopping mid-round: give the rest back now rather than leave them leased (a restart would wait the lease out).
            await store.ReleaseAsync(claimed.Select(r => r.Id).Where(id => !handled.Contains(id)).ToList(), time.GetUtcNow().ToUnixTimeMilliseconds());
            throw;
        }

        return claimed.Count;
    }

    private async Task HandleAsync(ActorVerificationRecord row, AdapterResult<IdentityVerification> result, VerificationContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (result.Value is not OrganizationVerification && result.Failure is { Kind: AdapterFailureKind.Unavailable } failure)
        {
            if (failure.Attempts > 0)
            {
                await audit.RecordAsync(VerificationAudit.Lookup(VerificationAudit.OrganizationAction, row.SubjectKey, context, VerificationOutcomes.Pending, false, failure.Code));
            }

            var delay = BackoffCalculator.FullJitter(Math.Max(1, row.Attempts), options.RetryBaseDelay, options.RetryMaxDelay, NextJitter());
            await store.PostponeAsync(row.Id, (now + delay).ToUnixTimeMilliseconds(), $"{failure.Code}: {failure.Message}");
            LogPostponed(logger, row.Id, failure.Code, row.Attempts);
            return;
        }

        var answer = result.Value as OrganizationVerification;
        var outcome = answer is null ? VerificationOutcomes.Rejected : VerificationOutcomes.Of(answer.Standing);
        var checkedAt = answer?.CheckedAt ?? now;
        var resource = answer is null ? null : OrganizationResource.Build(row.SubjectKey, outcome, answer.RegisteredName, checkedAt, now);
        var alert = outcome == VerificationOutcomes.Active ? null : ActorUnverifiedAlert.Create(ids.Next(), row.Id, row.SubjectKey, outcome, answer?.RegisteredName,
            checkedAt, Blank(row.SubjectReference), Blank(row.SourceMessageId), resource, now.ToUnixTimeMilliseconds());
        var recorded = await store.RecordAsync(new VerifiedOrganization(row.Id, row.SubjectKey, outcome, answer?.RegisteredName,
            checkedAt.ToUnixTimeMilliseconds(), resource, alert, now.ToUnixTimeMilliseconds()));
        await audit.RecordAsync(VerificationAudit.Lookup(VerificationAudit.OrganizationAction, row.SubjectKey, context, outcome, answer?.FromCache ?? false, result.Failure?.Code));
        if (!recorded)
        {
            return;
        }

        if (alert is not null)
        {
            signals.Inbox.Notify();
        }

        await NotifyAsync(row with
        {
            State = ActorVerificationState.Verified,
            Outcome = outcome,
            RegisteredName = answer?.RegisteredName,
            CheckedAt = checkedAt.ToUnixTimeMilliseconds(),
        }, cancellationToken);
    }

    private async Task NotifyAsync(ActorVerificationRecord row, CancellationToken cancellationToken)
    {
        var outcome = row.Outcome ?? VerificationOutcomes.Rejected;
        var completed = new ActorVerificationCompleted(row.Id, row.SubjectKey, Blank(row.SubjectReference), Blank(row.SourceMessageId), outcome,
            row.RegisteredName, DateTimeOffset.FromUnixTimeMilliseconds(row.CheckedAt ?? row.CreatedAt),
            outcome == VerificationOutcomes.Rejected ? null : OrganizationResource.IdFor(row.SubjectKey));
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnVerifiedAsync(completed, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogListenerFailed(logger, ex, listener.GetType().Name, row.Id);
                var delay = BackoffCalculator.FullJitter(Math.Max(1, row.Attempts), options.RetryBaseDelay, options.RetryMaxDelay, NextJitter());
                await store.PostponeAsync(row.Id, (time.GetUtcNow() + delay).ToUnixTimeMilliseconds(), $"listener {listener.GetType().Name} failed: {ex.GetType().Name}");
                return;
            }
        }

        await store.CompleteAsync(row.Id, time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    private double NextJitter()
    {
        lock (_jitterGate)
        {
#pragma warning disable CA5394 // jitter needs spread, not secrecy
            return _jitter.NextDouble();
#pragma warning restore CA5394
        }
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    [LoggerMessage(EventId = LogEvents.VerificationRoundFailed, Level = LogLevel.Error, Message = "Verification round failed; the claims expire and are retried")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEvents.VerificationPostponed, Level = LogLevel.Information, Message = "Verification {VerificationId} pending ({Code}) after {Attempts} claims; retried later")]
    private static partial void LogPostponed(ILogger logger, long verificationId, string code, int attempts);

    [LoggerMessage(EventId = LogEvents.VerificationListenerFailed, Level = LogLevel.Warning, Message = "Verification listener {Listener} failed for verification {VerificationId}; retried later")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener, long verificationId);
}
