using System.Data.Common;
using System.Security.Cryptography;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Customs;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Writing;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Customs;

/// <summary>
/// Commits an accepted customs message in one transaction: its inbox row with the signed reply as answer (dedup on the
/// partner's messageId), the declaration and line records, and each line's effects through the registry writer (instance
/// Devices, Provenance, routed <c>device.imported</c> / <c>device.import-cancelled</c> events). Amendments and cancellations
/// reconcile the same records by declaration number + line: an unchanged line does nothing; a device no live line holds any
/// longer becomes <c>entered-in-error</c>.
/// </summary>
public sealed class CustomsRecorder(
    GroupCommitWriter writer,
    MessageStore messages,
    CustomsDeclarationStore declarations,
    RegistryStore registry,
    RegistryWriter registryWriter,
    HubMessageIdGenerator ids,
    TimeProvider time,
    IEnumerable<Processing.IPlanCommitObserver> observers)
{
    private readonly Processing.IPlanCommitObserver[] _observers = [.. observers];

    /// <summary>The feed name customs messages and their events are recorded under.</summary>
    public const string Feed = "customs.declaration";

    /// <summary>Records the message; throws <see cref="CustomsConflictException"/> when the declaration changed concurrently.</summary>
    public Task<CustomsRecordResult> RecordAsync(CustomsRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        return writer.WriteAsync((connection, transaction, ct) => RecordAsync(connection, transaction, recording, ct));
    }

    private async Task<CustomsRecordResult> RecordAsync(DbConnection connection, DbTransaction transaction, CustomsRecording recording, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var declaration = recording.Declaration;
        var entry = new InboxEntry(recording.HubMessageId, recording.PartnerId, recording.MessageId, Feed, recording.ContentType, recording.BodySha256,
            recording.Body, "customs:" + declaration.BaseNumber, now);
        if (!await messages.AppendAnsweredAsync(connection, transaction, entry, Feed, recording.Reply, now, ct))
        {
            return new CustomsRecordResult(0, await messages.FindOutputAsync(connection, transaction, recording.PartnerId, recording.MessageId, ct));
        }

        var state = await declarations.GetAsync(connection, transaction, declaration.BaseNumber, ct);
        if (!string.Equals(state?.Declaration.HubMessageId, recording.ExpectedHubMessageId, StringComparison.Ordinal))
        {
            throw new CustomsConflictException();
        }

        var context = new Context(connection, transaction, recording, state, now, ct);
        if (state?.Declaration.IsCancelled != true)
        {
            if (recording.Function == CustomsFunction.Cancel)
            {
                await CancelAllAsync(context);
            }
            else
            {
                await ApplyLinesAsync(context);
            }

            await declarations.UpsertLinesAsync(connection, transaction, declaration.BaseNumber, context.Lines, context.LineDevices, now, ct);
        }

        await declarations.UpsertDeclarationAsync(connection, transaction, new CustomsDeclarationRecord(
            declaration.BaseNumber, declaration.Number, recording.PartnerId, recording.Importer, declaration.CustomsOffice,
            recording.Function switch
            {
                CustomsFunction.Cancel => CustomsDeclarationRecord.Cancelled,
                CustomsFunction.Amend => CustomsDeclarationRecord.Amended,
                _ => state is null ? CustomsDeclarationRecord.Declared : state.Declaration.State,
            },
            Math.Max(declaration.AmendmentCount, state?.Declaration.AmendmentCount ?? 0),
            recording.Function == CustomsFunction.Cancel && state is not null ? state.Declaration.Lane : recording.Lane,
            recording.HubMessageId, state?.Declaration.CreatedAt ?? now, now), ct);
        foreach (var observer in _observers)
        {
            await observer.BeforeCommitAsync(recording.HubMessageId, ct);
        }

        return new CustomsRecordResult(context.Events, null);
    }

    private async Task ApplyLinesAsync(Context context)
    {
        var recording = context.Recording;
        var baseNumber = recording.Declaration.BaseNumber;
        var oldLines = context.State?.Lines.ToDictionary(l => l.LineNumber) ?? [];
        var activity = recording.Function == CustomsFunction.Amend ? ProvenanceActivities.ImportAmended : ProvenanceActivities.Imported;
        // Devices the declaration still holds after this message are never released, whichever line held them before.
        context.Keep.UnionWith(recording.Lines.SelectMany(l => l.Instances.Select(i => i.Id)));

        foreach (var line in recording.Lines)
        {
            if (oldLines.TryGetValue(line.LineNumber, out var old) && old.IsActive
                && string.Equals(old.ContentSha256, line.ContentSha256, StringComparison.Ordinal))
            {
                continue; // the same line again: nothing changed
            }

            var devices = new List<CustomsLineDevice>();
            foreach (var (id, _, prepared) in line.Instances)
            {
                var written = await registryWriter.WriteAsync(context.Connection, context.Transaction, prepared, context.Cancellation);
                switch (written.Write.Outcome)
                {
                    case DeviceWriteOutcome.KeyConflict or DeviceWriteOutcome.VersionConflict:
                        throw new CustomsConflictException($"Device {id} of line {line.LineNumber} was written concurrently.");
                    case DeviceWriteOutcome.Revoked:
                        continue; // revoked through the registry API: nothing more is recorded on it
                }

                context.Events += written.Activity is not null && written.Write.Outcome != DeviceWriteOutcome.Existing ? 1 : 0;
                devices.Add(new CustomsLineDevice(baseNumber, line.LineNumber, id, CustomsLineDevice.Instance));
            }

            foreach (var entryId in line.EntryIds)
            {
                if (await registryWriter.RecordActivityAsync(context.Connection, context.Transaction, entryId, Request(context, null, activity),
                        context.Now, context.Cancellation))
                {
                    context.Events++;
                }

                devices.Add(new CustomsLineDevice(baseNumber, line.LineNumber, entryId, CustomsLineDevice.Entry));
            }

            await ReleaseAsync(context, line.LineNumber, devices);
            context.Lines.Add(new CustomsLineRecord(baseNumber, line.LineNumber, CustomsLineRecord.Active, ReplyWriter.Name(line.Verdict.Verdict),
                string.Join(',', line.Verdict.Reasons.Select(r => r.Code)), line.ContentSha256, context.Now));
            context.LineDevices.AddRange(devices);
        }

        // Lines an amendment no longer declares are cancelled.
        var declared = recording.Lines.Select(l => l.LineNumber).ToHashSet();
        foreach (var old in oldLines.Values.Where(l => l.IsActive && !declared.Contains(l.LineNumber)))
        {
            await CancelLineAsync(context, old);
        }
    }

    private async Task CancelAllAsync(Context context)
    {
        foreach (var line in context.State?.Lines.Where(l => l.IsActive) ?? [])
        {
            await CancelLineAsync(context, line);
        }
    }

    private async Task CancelLineAsync(Context context, CustomsLineRecord line)
    {
        await ReleaseAsync(context, line.LineNumber, []);
        context.Lines.Add(line with { State = CustomsLineRecord.Cancelled, UpdatedAt = context.Now });
    }

    /// <summary>Releases the devices a line held before and holds no longer.</summary>
    private async Task ReleaseAsync(Context context, int lineNumber, IReadOnlyList<CustomsLineDevice> kept)
    {
        var previous = context.State?.Devices.Where(d => d.LineNumber == lineNumber) ?? [];
        foreach (var device in previous.Where(p => !kept.Any(k => string.Equals(k.DeviceId, p.DeviceId, StringComparison.Ordinal))))
        {
            if (device.Kind == CustomsLineDevice.Entry)
            {
                context.Events += await registryWriter.RecordActivityAsync(context.Connection, context.Transaction, device.DeviceId,
                    Request(context, null, ProvenanceActivities.ImportCancelled), context.Now, context.Cancellation) ? 1 : 0;
                continue;
            }

            // Within this declaration, the new lines decide (Keep); other declarations' live lines are asked.
            if (context.Keep.Contains(device.DeviceId) || !context.Released.Add(device.DeviceId)
                || await declarations.CountOtherLiveLinesAsync(context.Connection, context.Transaction, device.DeviceId,
                    context.Recording.Declaration.BaseNumber, context.Cancellation) > 0)
            {
                continue; // another line (of this or another declaration) still imports this lot, or it was released already
            }

            var stored = await registry.GetAsync(context.Connection, context.Transaction, device.DeviceId, context.Cancellation);
            if (stored is null || stored.Deleted || RegistryDeviceReader.Read(stored.Resource).Device is not { } current)
            {
                continue;
            }

            current.Status = Hl7.Fhir.Model.Device.FHIRDeviceStatus.EnteredInError;
            var written = await registryWriter.WriteAsync(context.Connection, context.Transaction,
                Request(context, current, ProvenanceActivities.ImportCancelled) with { Id = device.DeviceId }, context.Cancellation);
            context.Events += written.Write.Outcome == DeviceWriteOutcome.Updated ? 1 : 0;
        }
    }

    private RegistryWriteRequest Request(Context context, Hl7.Fhir.Model.Device? device, string activity) =>
        new(device ?? new Hl7.Fhir.Model.Device(), context.Recording.PartnerId, context.Recording.HubMessageId)
        {
            Activity = activity,
            Details = context.Recording.Details,
            EmitEvent = true,
            EventMessageId = ids.Next(),
            EventFeed = Feed,
        };

    /// <summary>Hex SHA-256 of a body.</summary>
    public static string Sha256(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>The state of one recording inside its transaction (rebuilt if the group commit retries it).</summary>
    private sealed class Context(DbConnection connection, DbTransaction transaction, CustomsRecording recording, CustomsDeclarationState? state, long now,
        CancellationToken cancellation)
    {
        public DbConnection Connection => connection;

        public DbTransaction Transaction => transaction;

        public CustomsRecording Recording => recording;

        public CustomsDeclarationState? State => state;

        public long Now => now;

        public CancellationToken Cancellation => cancellation;

        public HashSet<string> Keep { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Released { get; } = new(StringComparer.Ordinal);

        public List<CustomsLineRecord> Lines { get; } = [];

        public List<CustomsLineDevice> LineDevices { get; } = [];

        public int Events { get; set; }
    }
}
