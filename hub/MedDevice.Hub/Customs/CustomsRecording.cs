using MedDevice.Hub.Core.Customs;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Customs;

/// <summary>Everything one accepted customs message commits, in one transaction.</summary>
/// <param name="PartnerId">The customs partner.</param>
/// <param name="MessageId">The envelope's messageId (idempotency key).</param>
/// <param name="HubMessageId">The hub message id the message is recorded under.</param>
/// <param name="ContentType">As sent.</param>
/// <param name="Body">The raw SOAP message.</param>
/// <param name="BodySha256">Hex SHA-256 of the body.</param>
/// <param name="Reply">The signed reply (stored as the message's answer, returned again for a repeat).</param>
/// <param name="Function">Declare, amend or cancel.</param>
/// <param name="Declaration">The declaration.</param>
/// <param name="ExpectedHubMessageId">The hub message id the declaration's record had when the reply was computed (null: none).</param>
/// <param name="Importer">The importer as stored (tax code or pseudonym).</param>
/// <param name="Lane">The lane suggestion (GREEN… for a cancellation the last lane is kept).</param>
/// <param name="Lines">Per line, what to record (empty for a cancellation).</param>
/// <param name="Details">The Provenance details of every effect.</param>
public sealed record CustomsRecording(
    string PartnerId,
    string MessageId,
    string HubMessageId,
    string? ContentType,
    byte[] Body,
    string BodySha256,
    byte[] Reply,
    CustomsFunction Function,
    CustomsDeclaration Declaration,
    string? ExpectedHubMessageId,
    string Importer,
    string Lane,
    IReadOnlyList<CustomsLineRecording> Lines,
    ProvenanceDetails Details);
