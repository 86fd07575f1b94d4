namespace MedDevice.Adapters.Customs.Envelope;

/// <summary>The header fields of an envelope to write.</summary>
/// <param name="MessageId">The new message's id.</param>
/// <param name="From">Sender.</param>
/// <param name="To">Recipient.</param>
/// <param name="Type">Message type (<see cref="CustomsCodes"/>).</param>
/// <param name="Function">Function code (<see cref="CustomsCodes"/>).</param>
/// <param name="Reference">Business reference: the ICN in requests, the request's messageId in replies.</param>
/// <param name="SentAt">Send time (written in Vietnam time, UTC+07:00).</param>
public sealed record NswAddressing(string MessageId, NswParty From, NswParty To, string Type, string Function, string Reference, DateTimeOffset SentAt);
