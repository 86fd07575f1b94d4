namespace MedDevice.Hub.Storage.Messaging;

/// <summary>An accepted message claimed for processing.</summary>
public sealed record PendingMessage(
    long InboxId,
    string HubMessageId,
    string PartnerId,
    string Feed,
    byte[] Body,
    string? DeviceKey,
    long ReceivedAt,
    int Attempts);
