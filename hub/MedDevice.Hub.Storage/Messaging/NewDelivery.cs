namespace MedDevice.Hub.Storage.Messaging;

/// <summary>One delivery row to create: a subscriber and, for per-key ordering, the key it orders on.</summary>
public sealed record NewDelivery(string SubscriberId, string? OrderKey);
