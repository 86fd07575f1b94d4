namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>A delivery parked after its attempts ran out or a permanent error (times in Unix ms).</summary>
public sealed record DeadLetter(
    long Id,
    string HubMessageId,
    string SubscriberId,
    string Topic,
    string? OrderKey,
    int Attempts,
    string? LastError,
    long CreatedAt,
    long? DeadAt);
