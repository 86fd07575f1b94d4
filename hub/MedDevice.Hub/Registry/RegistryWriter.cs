using System.Data.Common;
using System.Security.Cryptography;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Subscribers;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Registry;

/// <summary>
/// Applies device writes to the registry: the device version, its Provenance and (for synchronous API writes) the
/// routed event commit in one transaction. Repeats of the same source message are idempotent: the device is
/// unchanged and the Provenance of the first attempt tells which activity it was.
/// </summary>
public sealed class RegistryWriter(RegistryStore registry, ProvenanceStore provenance, MessageStore messages, SubscriberRegistry subscribers, WorkSignals signals)
{
    private const string DefaultEventFeed = "fhir.device";

    /// <summary>Writes the device.</summary>
    public async Task<RegistryWriteResult> WriteAsync(RegistryWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pending = Prepare(request);
        var written = await registry.UpsertByBusinessKeyAsync(pending.Write);
        NotifyIfRouted(request.EmitEvent, pending.Activity);
        return pending.Result(written);
    }

    /// <summary>
    /// Writes the device inside the caller's transaction, so it commits with the caller's other records (e.g. a customs
    /// declaration and all its devices). The caller wakes the delivery stage after its commit (<see cref="WorkSignals"/>).
    /// </summary>
    public async Task<RegistryWriteResult> WriteAsync(DbConnection connection, DbTransaction transaction, RegistryWriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await WriteAsync(connection, transaction, Prepare(request), cancellationToken);
    }

    /// <summary>Applies a write prepared with <see cref="Prepare"/> inside the caller's transaction.</summary>
    public async Task<RegistryWriteResult> WriteAsync(DbConnection connection, DbTransaction transaction, PreparedRegistryWrite prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return prepared.Result(await registry.UpsertByBusinessKeyAsync(connection, transaction, prepared.Write, cancellationToken));
    }

    /// <summary>
    /// Records an activity on a device without changing it (e.g. goods of a registry entry were imported): a Provenance on
    /// its current version and, with <see cref="RegistryWriteRequest.EmitEvent"/>, the routed event with that version — once
    /// per source message. False when the device is unknown or revoked, or the source message already left a Provenance.
    /// </summary>
    public async Task<bool> RecordActivityAsync(DbConnection connection, DbTransaction transaction, string deviceId, RegistryWriteRequest request, long now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = request.Activity ?? throw new ArgumentException("The request must name its activity.", nameof(request));
        var device = await registry.GetAsync(connection, transaction, deviceId, cancellationToken);
        if (device is null || device.Deleted || await provenance.FindBySourceAsync(connection, transaction, deviceId, request.SourceMessage, cancellationToken) is not null)
        {
            return false;
        }

        var key = device.UdiDiKey is { } udi ? "udi-di:" + udi : device.RegistrationNumber is { } number ? "reg:" + number : null;
        await RecordAsync(connection, transaction, request, new DeviceWriteResult(DeviceWriteOutcome.Unchanged, device.Id, device.VersionId), activity,
            device.Resource, key, now, cancellationToken);
        return true;
    }

    /// <summary>Revokes a device (FHIR delete); null when the id is unknown.</summary>
    public async Task<RegistryWriteResult?> RevokeAsync(string id, string partnerId, string sourceMessage, bool emitEvent)
    {
        long lastUpdated = 0;
        var revoked = await registry.RevokeAsync(id, async (connection, transaction, result, now, ct) =>
        {
            lastUpdated = now;
            var current = await registry.GetVersionAsync(result.Id!, result.VersionId - 1, ct);
            var stored = current?.Resource ?? "{\"resourceType\":\"Device\"}"u8.ToArray();
            await RecordAsync(connection, transaction, new RegistryWriteRequest(new Hl7.Fhir.Model.Device(), partnerId, sourceMessage) { EmitEvent = emitEvent },
                result, ProvenanceActivities.Revoked, stored, null, now, ct);
        });
        if (revoked is null)
        {
            return null;
        }

        var changed = revoked.Outcome == DeviceWriteOutcome.Updated;
        NotifyIfRouted(emitEvent, changed ? ProvenanceActivities.Revoked : null);
        return new RegistryWriteResult(revoked, changed ? ProvenanceActivities.Revoked : null, lastUpdated);
    }

    /// <summary>
    /// Does a write's work that needs no database (index, stored JSON, ordering key) so that it can run before the
    /// transaction, outside the single writer; apply it with <see cref="WriteAsync(DbConnection, DbTransaction, PreparedRegistryWrite, CancellationToken)"/>.
    /// </summary>
    public PreparedRegistryWrite Prepare(RegistryWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = DeviceIndexer.Index(request.Device);
        var stored = FhirJson.ToStored(request.Device);
        var deviceKey = RegistryDeviceReader.DeviceKeyOf(request.Device);
        var pending = new PreparedRegistryWrite(request);
        pending.Write = DeviceWrite.From(request.Id, index, stored) with
        {
            OnExisting = request.OnExisting,
            ExpectedVersion = request.ExpectedVersion,
            AfterWrite = async (connection, transaction, result, now, ct) =>
            {
                pending.LastUpdated = now;
                var changed = result.Outcome is DeviceWriteOutcome.Created or DeviceWriteOutcome.Updated;
                pending.Activity = result.Outcome switch
                {
                    DeviceWriteOutcome.Created => request.Activity ?? ProvenanceActivities.Registered,
                    DeviceWriteOutcome.Updated => request.Activity ?? ProvenanceActivities.Changed,
                    _ => (await provenance.FindBySourceAsync(connection, transaction, result.Id!, request.SourceMessage, ct))?.Activity,
                };
                if (pending.Activity is null && result.Outcome == DeviceWriteOutcome.Unchanged && request.RecordWhenUnchanged && request.Activity is not null)
                {
                    // A new source message for an unchanged device (e.g. the same lot imported again): its own Provenance and event.
                    pending.Activity = request.Activity;
                    changed = true;
                }

                if (pending.Activity is not null && changed)
                {
                    await RecordAsync(connection, transaction, request, result, pending.Activity, stored, deviceKey, now, ct);
                }
            },
        };
        return pending;
    }

    private async Task RecordAsync(DbConnection connection, DbTransaction transaction, RegistryWriteRequest request, DeviceWriteResult result,
        string activity, byte[] stored, string? deviceKey, long now, CancellationToken ct)
    {
        var id = result.Id!;
        await provenance.InsertAsync(connection, transaction,
            ProvenanceFactory.Create(id, result.VersionId, now, activity, request.PartnerId, request.SourceMessage, request.Details), ct);
        if (!request.EmitEvent)
        {
            return;
        }

        var body = FhirJson.WithMeta(stored, id, result.VersionId, now);
        var topic = RegistryTopics.ForActivity(activity);
        var key = deviceKey ?? "device:" + id;
        var eventId = request.EventMessageId ?? request.SourceMessage;
        var partnerMessageId = request.EventMessageId is null ? "fhir:" + request.SourceMessage : "event:" + request.EventMessageId;
        await messages.AppendRoutedAsync(connection, transaction,
            new InboxEntry(eventId, request.PartnerId, partnerMessageId, request.EventFeed ?? DefaultEventFeed, FhirJson.MediaType,
                Convert.ToHexStringLower(SHA256.HashData(body)), body, key, now),
            topic, subscribers.Route(topic, key), now, ct);
    }

    private void NotifyIfRouted(bool emitEvent, string? activity)
    {
        if (emitEvent && activity is not null)
        {
            signals.Deliveries.Notify();
        }
    }
}
