using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Customs;

/// <summary>What recording did: committed (with the number of routed events), or found the message id already answered.</summary>
/// <param name="Events">Device events routed by this message.</param>
/// <param name="Earlier">The earlier answer when the message id was already recorded; null when this call recorded it.</param>
public sealed record CustomsRecordResult(int Events, InboxAnswer? Earlier);
