namespace MedDevice.Hub.Storage.Messaging;

/// <summary>Where a message is: its stages with timestamps (Unix ms).</summary>
public sealed record MessageStatus(
    string HubMessageId,
    string PartnerId,
    string Feed,
    string Status,
    long ReceivedAt,
    long? ProcessedAt,
    string? Topic,
    string? DeviceKey,
    string? ErrorCode,
    string? Error,
    IReadOnlyList<SubscriberDeliveryStatus> Deliveries);
