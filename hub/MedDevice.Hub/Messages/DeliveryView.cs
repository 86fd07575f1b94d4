namespace MedDevice.Hub.Messages;

/// <summary>One subscriber's stage: delivered, pending, retrying or dead.</summary>
public sealed record DeliveryView(string Subscriber, string State, int Attempts, string? DeliveredAt, string? NextAttemptAt, string? LastError);
