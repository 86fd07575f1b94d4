using System.Data.Common;
using MedDevice.Adapters.Inbound;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Verification;
using MedDevice.Hub.Subscribers;
using MedDevice.Hub.Verification;

namespace MedDevice.Hub.Processing;

/// <summary>
/// Applies a feed's plan inside one transaction: its registry writes (with their Provenance), the verifications it asks for,
/// the inbox row's completion and one delivery per subscriber. The transaction is the caller's (the group-commit writer's),
/// so the message's effects, events and receipt commit together or not at all.
/// </summary>
internal sealed class PlanApplier(
    RegistryWriter registry,
    ActorVerificationStore verifications,
    MessageStore messages,
    SubscriberRegistry subscribers,
    IEnumerable<IPlanCommitObserver> observers)
{
    /// <summary>Code of a plan that names no topic and writes nothing.</summary>
    public const string NoTopicCode = "HUB-PROC-002";

    private readonly IPlanCommitObserver[] _observers = [.. observers];

    /// <summary>Does the plan's work that needs no database, outside the transaction.</summary>
    public PreparedPlan Prepare(PendingMessage message, MessagePlan plan)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(plan);
        var writes = plan.Refused
            ? []
            : plan.DeviceWrites.Select(w => (w, registry.Prepare(new RegistryWriteRequest(w.Device, message.PartnerId, message.HubMessageId)))).ToList();
        return new PreparedPlan(message, plan, writes);
    }

    /// <summary>Applies the plan and completes the message in the caller's transaction. Repeatable: it starts from scratch each time.</summary>
    public async Task<AppliedPlan> ApplyAsync(DbConnection connection, DbTransaction transaction, PreparedPlan prepared, long now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var (result, queued) = await EffectsAsync(connection, transaction, prepared, now, cancellationToken);
        await messages.CompleteAsync(connection, transaction, [result], now, cancellationToken);
        foreach (var observer in _observers)
        {
            await observer.BeforeCommitAsync(result.HubMessageId, cancellationToken);
        }

        return new AppliedPlan(result, queued);
    }

    private async Task<(ProcessingResult Result, bool Queued)> EffectsAsync(DbConnection connection, DbTransaction transaction, PreparedPlan prepared, long now,
        CancellationToken cancellationToken)
    {
        var (message, plan, writes) = prepared;
        if (plan.Refused)
        {
            return (Failed(message, plan.Issues[0].Code, plan.Issues[0].Message), false);
        }

        var topic = plan.Topic;
        string? firstDevice = null;
        foreach (var (planned, write) in writes)
        {
            var written = await registry.WriteAsync(connection, transaction, write, cancellationToken);
            switch (written.Write.Outcome)
            {
                case DeviceWriteOutcome.KeyConflict:
                    return (Failed(message, planned.KeyConflict.Code, planned.KeyConflict.Message), false);
                case DeviceWriteOutcome.Revoked:
                    return (Failed(message, planned.RevokedCode, $"Device {written.Write.Id} is revoked; its keys stay reserved."), false);
            }

            firstDevice ??= written.Write.Id;
            topic ??= written.Topic;
        }

        // A repeat that changed nothing completes quietly: acknowledged, delivered to nobody.
        var quiet = topic is null && writes.Count > 0;
        if (topic is null && !quiet)
        {
            return (Failed(message, NoTopicCode, "The plan names no topic."), false);
        }

        var queued = false;
        foreach (var verification in plan.Verifications)
        {
            var (row, _) = ActorVerificationQueue.Organization(verification.TaxCode, firstDevice is null ? null : "Device/" + firstDevice, message.HubMessageId, now);
            if (row is not null)
            {
                queued |= (await verifications.EnqueueAsync(connection, transaction, row, cancellationToken)).IsNew;
            }
        }

        var routedTopic = topic ?? RegistryTopics.Changed;
        var deliveries = quiet ? [] : subscribers.Route(routedTopic, plan.DeviceKey);
        return (new ProcessingResult.Routed(message.InboxId, message.HubMessageId, routedTopic, plan.DeviceKey, plan.Output, deliveries), queued);
    }

    private static ProcessingResult.Failed Failed(PendingMessage message, string code, string error) => new(message.InboxId, message.HubMessageId, code, error);
}
