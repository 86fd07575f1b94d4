namespace MedDevice.Hub.Storage.Messaging;

/// <summary>A partner message to accept durably.</summary>
/// <param name="HubMessageId">The id the hub gives it (receipt).</param>
/// <param name="PartnerId">The authenticated sender.</param>
/// <param name="PartnerMessageId">The sender's id (Idempotency-Key): unique per partner.</param>
/// <param name="Feed">The inbound feed, e.g. <c>registry.device</c>.</param>
/// <param name="ContentType">As sent.</param>
/// <param name="BodySha256">Hex SHA-256 of the body, to tell a repeat from a conflicting reuse of the key.</param>
/// <param name="Body">The raw payload.</param>
/// <param name="DeviceKey">The ordering key the feed found at accept (UDI-DI or registration number), if any.</param>
/// <param name="ReceivedAt">Acceptance time (Unix ms).</param>
public sealed record InboxEntry(
    string HubMessageId,
    string PartnerId,
    string PartnerMessageId,
    string Feed,
    string? ContentType,
    string BodySha256,
    byte[] Body,
    string? DeviceKey,
    long ReceivedAt);
