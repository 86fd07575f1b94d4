namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>A delivery claimed for sending, with the payload to send.</summary>
public sealed record ClaimedDelivery(
    long Id,
    long InboxId,
    string HubMessageId,
    string SubscriberId,
    string Topic,
    string? OrderKey,
    int Attempts)
{
    /// <summary>The body to POST (the processed resource, else the raw payload).</summary>
    public byte[] Payload { get; init; } = [];
}
