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
    /// <summary>Writes the device.</summary>
    public async Task<RegistryWriteResult> WriteAsync(RegistryWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = DeviceIndexer.Index(request.Device);
        var stored = FhirJson.ToStored(request.Device);
        var deviceKey = RegistryDeviceReader.DeviceKeyOf(request.Device);
        string? activity = null;
        long lastUpdated = 0;
        var write = DeviceWrite.From(request.Id, index, stored) with
        {
            OnExisting = request.OnExisting,
            ExpectedVersion = request.ExpectedVersion,
            AfterWrite = async (connection, transaction, result, now, ct) =>
            {
                lastUpdated = now;
                activity = result.Outcome switch
                {
                    DeviceWriteOutcome.Created => ProvenanceActivities.Registered,
                    DeviceWriteOutcome.Updated => ProvenanceActivities.Changed,
                    _ => (await provenance.FindBySourceAsync(connection, transaction, result.Id!, request.SourceMessage, ct))?.Activity,
                };
                if (activity is not null && result.Outcome is DeviceWriteOutcome.Created or DeviceWriteOutcome.Updated)
                {
                    await RecordAsync(connection, transaction, request, result, activity, stored, deviceKey, now, ct);
                }
            },
        };

        var written = await registry.UpsertByBusinessKeyAsync(write);
        NotifyIfRouted(request.EmitEvent, activity);
        return new RegistryWriteResult(written, written.Outcome is DeviceWriteOutcome.Created or DeviceWriteOutcome.Updated or DeviceWriteOutcome.Unchanged ? activity : null, lastUpdated);
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

    private async Task RecordAsync(DbConnection connection, DbTransaction transaction, RegistryWriteRequest request, DeviceWriteResult result,
        string activity, byte[] stored, string? deviceKey, long now, CancellationToken ct)
    {
        var id = result.Id!;
        await provenance.InsertAsync(connection, transaction, ProvenanceFactory.Create(id, result.VersionId, now, activity, request.PartnerId, request.SourceMessage), ct);
        if (!request.EmitEvent)
        {
            return;
        }

        var body = FhirJson.WithMeta(stored, id, result.VersionId, now);
        var topic = RegistryTopics.ForActivity(activity);
        var key = deviceKey ?? "device:" + id;
        await messages.AppendRoutedAsync(connection, transaction,
            new InboxEntry(request.SourceMessage, request.PartnerId, "fhir:" + request.SourceMessage, "fhir.device", FhirJson.MediaType,
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
