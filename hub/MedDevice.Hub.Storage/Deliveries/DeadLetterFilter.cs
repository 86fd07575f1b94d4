namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>Which dead letters to list or replay.</summary>
public sealed record DeadLetterFilter(string? SubscriberId = null, string? Topic = null, long AfterId = 0, int Limit = 100);
