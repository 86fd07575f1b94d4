namespace MedDevice.Hub.Storage.Messaging;

/// <summary>Rejected input kept with the reason, so an operator can see and replay it.</summary>
public sealed record QuarantineEntry(
    string? PartnerId,
    string? Feed,
    string? PartnerMessageId,
    string? ContentType,
    long ReceivedAt,
    string ReasonCode,
    string Reason,
    byte[] Body);
