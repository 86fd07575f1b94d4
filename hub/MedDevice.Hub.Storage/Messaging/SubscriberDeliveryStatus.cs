namespace MedDevice.Hub.Storage.Messaging;

/// <summary>One subscriber's stage for a message: delivered, pending, retrying or dead.</summary>
public sealed record SubscriberDeliveryStatus(
    string SubscriberId,
    string State,
    int Attempts,
    long? DeliveredAt,
    long? NextAttemptAt,
    string? LastError);
