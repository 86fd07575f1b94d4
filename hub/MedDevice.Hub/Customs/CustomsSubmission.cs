using MedDevice.Adapters.Customs;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Adapters.Customs.Soap;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Customs;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Mappings.Customs;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Customs;

/// <summary>
/// Handles one authenticated, schema-valid, signature-verified customs request: answers a repeat with the stored reply,
/// checks the declaration's state (amend/cancel of an unknown, cancelled or newer declaration are faults), reaches the
/// verdicts, plans the durable effects, builds and signs the reply, then records everything in one transaction and
/// returns the reply only after the commit (persist first, acknowledge second).
/// </summary>
public sealed class CustomsSubmission(
    CustomsVerifier verifier,
    CustomsRecorder recorder,
    CustomsDeclarationStore declarations,
    MessageStore messages,
    RegistryStore registry,
    RegistryWriter registryWriter,
    Storage.Dialects.SqlDialect dialect,
    CustomsSigningCertificate signing,
    CustomsOptions options,
    HubMessageIdGenerator ids,
    Pseudonymizer pseudonymizer,
    WorkSignals signals,
    TimeProvider time)
{
    /// <summary>Processes the request; returns the signed reply or the fault to answer.</summary>
    public async Task<(byte[]? Reply, CustomsFault? Fault)> SubmitAsync(string partnerId, CustomsRequest request, byte[] body, string? contentType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        var bodySha = CustomsRecorder.Sha256(body);
        var (recording, answer) = await PrepareAsync(partnerId, request, body, bodySha, contentType, cancellationToken);
        if (recording is null)
        {
            return answer;
        }

        CustomsRecordResult recorded;
        try
        {
            recorded = await recorder.RecordAsync(recording);
        }
        catch (CustomsConflictException)
        {
            return (null, new CustomsFault(CustomsFaultCodes.Conflict, "The declaration changed while this message was processed; resend it.", CustomsFaultKind.Server));
        }

        if (recorded.Earlier is { } concurrent)
        {
            return Repeat(concurrent, bodySha);
        }

        if (recorded.Events > 0)
        {
            signals.Deliveries.Notify();
        }

        return (recording.Reply, null);
    }

    /// <summary>
    /// Everything before the write: the repeat check, the declaration's state, the verdicts, the planned effects and the signed
    /// reply. Its reads share one connection (no transaction): under WAL they never wait for the writer.
    /// </summary>
    private async Task<(CustomsRecording? Recording, (byte[]? Reply, CustomsFault? Fault) Answer)> PrepareAsync(string partnerId, CustomsRequest request,
        byte[] body, string bodySha, string? contentType, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        if (await messages.FindOutputAsync(connection, null, partnerId, request.Header.MessageId, cancellationToken) is { } earlier)
        {
            return (null, Repeat(earlier, bodySha));
        }

        var declaration = request.Declaration;
        var state = await declarations.GetAsync(connection, null, declaration.BaseNumber, cancellationToken);
        if (StateFault(request.Function, declaration, state) is { } fault)
        {
            return (null, (null, fault));
        }

        var hubMessageId = ids.Next();
        var now = time.GetUtcNow();
        if (request.Function == CustomsFunction.Cancel)
        {
            var receipt = ReplyWriter.Receipt(Addressing(request, partnerId, CustomsCodes.TypeReceipt, now),
                new ImportReceipt(declaration.Number, hubMessageId, now), signing.Certificate);
            return (Recording(partnerId, request, hubMessageId, contentType, body, bodySha, receipt, state, state?.Declaration.Importer ?? "", "", [],
                CustomsDeclarationToDeviceMapper.Provenance(declaration, Importer(declaration).Importer)), default);
        }

        var verification = await verifier.VerifyAsync(connection, declaration, cancellationToken);
        var (importer, stored) = CustomsImporterIdentity.For(verification.Importer.TaxCode, declaration.ImporterName, pseudonymizer);
        var plans = CustomsDeclarationToDeviceMapper.Plan(verification.Parsed, verification.Facts, verification.Verdicts, importer);
        var details = CustomsDeclarationToDeviceMapper.Provenance(declaration, importer);
        var lines = await LinesAsync(connection, request, partnerId, hubMessageId, details, plans, verification.Verdicts, cancellationToken);
        var result = new ImportResult(declaration.Number, hubMessageId, verification.Lane, verification.CheckedAt,
            lines.Select(l => new LineResult(l.Verdict, l.Instances.Select(i => new DeviceReference(i.Id, true))
                .Concat(l.EntryIds.Select(e => new DeviceReference(e, false))).ToList())).ToList());
        var reply = ReplyWriter.Result(Addressing(request, partnerId, CustomsCodes.TypeResult, now), result, signing.Certificate);
        return (Recording(partnerId, request, hubMessageId, contentType, body, bodySha, reply, state, stored, ReplyWriter.Name(verification.Lane),
            lines, details), default);
    }

    private static (byte[]?, CustomsFault?) Repeat(InboxAnswer earlier, string bodySha) =>
        string.Equals(earlier.BodySha256, bodySha, StringComparison.Ordinal) && earlier.Output is { } reply
            ? (reply, null)
            : (null, new CustomsFault(CustomsFaultCodes.MessageIdReused, $"The messageId was used before for another message (hub message {earlier.HubMessageId})."));

    private static CustomsFault? StateFault(CustomsFunction function, CustomsDeclaration declaration, CustomsDeclarationState? state)
    {
        if (function != CustomsFunction.Declare && state is null)
        {
            return new CustomsFault(CustomsFaultCodes.UnknownDeclaration, "The hub has no declaration with this number to amend or cancel.");
        }

        if (function != CustomsFunction.Cancel && state is { Declaration.IsCancelled: true })
        {
            return new CustomsFault(CustomsFaultCodes.DeclarationCancelled, "The declaration was cancelled; it cannot be declared or amended again.");
        }

        return function == CustomsFunction.Amend && declaration.AmendmentCount < state!.Declaration.AmendmentCount
            ? new CustomsFault(CustomsFaultCodes.StaleAmendment, "A later amendment of this declaration was already received (ICN amendment digit).")
            : null;
    }

    /// <summary>
    /// Gives each planned instance the id it is stored under (the existing device of its lot, or a new id), prepares its
    /// registry write (index, stored JSON) here rather than in the single writer's transaction, and hashes each line.
    /// </summary>
    private async Task<IReadOnlyList<CustomsLineRecording>> LinesAsync(System.Data.Common.DbConnection connection, CustomsRequest request, string partnerId,
        string hubMessageId, Mappings.Common.ProvenanceDetails details, IReadOnlyList<CustomsLinePlan> plans, IReadOnlyList<LineVerdict> verdicts,
        CancellationToken cancellationToken)
    {
        var keys = plans.SelectMany(p => p.Instances).Select(i => DeviceIndexer.Index(i.Device).InstanceKey).OfType<string>().ToList();
        var existing = await registry.FindByInstanceKeysAsync(connection, keys, cancellationToken);
        var activity = request.Function == CustomsFunction.Amend ? ProvenanceActivities.ImportAmended : ProvenanceActivities.Imported;
        var lines = new List<CustomsLineRecording>(plans.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            var instances = plans[i].Instances.Select(p =>
            {
                var key = DeviceIndexer.Index(p.Device).InstanceKey;
                var id = key is not null && existing.TryGetValue(key, out var found) ? found.Id : Guid.CreateVersion7().ToString("D");
                var write = registryWriter.Prepare(new RegistryWriteRequest(p.Device, partnerId, hubMessageId)
                {
                    Id = id,
                    Activity = activity,
                    RecordWhenUnchanged = request.Function == CustomsFunction.Declare,
                    Details = details,
                    EmitEvent = true,
                    EventMessageId = ids.Next(),
                    EventFeed = CustomsRecorder.Feed,
                });
                return (id, p.Device, write);
            }).ToList();
            lines.Add(new CustomsLineRecording(plans[i].LineNumber, verdicts[i],
                CustomsLineHash.Of(verdicts[i], instances.Select(x => (x.id, x.Device)).ToList(), plans[i].EntryIds, request.Declaration),
                instances, plans[i].EntryIds));
        }

        return lines;
    }

    private (CustomsImporter Importer, string Stored) Importer(CustomsDeclaration declaration) =>
        CustomsImporterIdentity.For(Core.Identifiers.TaxCode.TaxCodeParser.Parse(declaration.ImporterTaxCode, time.GetUtcNow().Year), declaration.ImporterName, pseudonymizer);

    private NswAddressing Addressing(CustomsRequest request, string partnerId, string type, DateTimeOffset now) =>
        new(ids.Next(), new NswParty(options.HubName, options.HubIdentity), new NswParty(request.Header.From.Name, partnerId), type,
            request.Header.Function, request.Header.MessageId, now);

    private static CustomsRecording Recording(string partnerId, CustomsRequest request, string hubMessageId, string? contentType, byte[] body, string bodySha,
        byte[] reply, CustomsDeclarationState? state, string importer, string lane, IReadOnlyList<CustomsLineRecording> lines,
        Mappings.Common.ProvenanceDetails details) =>
        new(partnerId, request.Header.MessageId, hubMessageId, contentType, body, bodySha, reply, request.Function, request.Declaration,
            state?.Declaration.HubMessageId, importer, lane, lines, details);
}

