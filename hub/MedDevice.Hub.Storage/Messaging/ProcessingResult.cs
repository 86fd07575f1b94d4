namespace MedDevice.Hub.Storage.Messaging;

/// <summary>What processing decided for one message; committed with its deliveries in one transaction.</summary>
public abstract record ProcessingResult(long InboxId, string HubMessageId)
{
    /// <summary>Processed: routed to <paramref name="Topic"/> with one delivery per subscriber.</summary>
    public sealed record Routed(
        long InboxId,
        string HubMessageId,
        string Topic,
        string? DeviceKey,
        byte[]? Output,
        IReadOnlyList<NewDelivery> Deliveries) : ProcessingResult(InboxId, HubMessageId);

    /// <summary>Failed for good: the message is marked failed and its body quarantined with the reason.</summary>
    public sealed record Failed(long InboxId, string HubMessageId, string ErrorCode, string Error) : ProcessingResult(InboxId, HubMessageId);

    /// <summary>Failed for now (infrastructure): try again at <paramref name="RetryAt"/>.</summary>
    public sealed record Postponed(long InboxId, string HubMessageId, long RetryAt, string Error) : ProcessingResult(InboxId, HubMessageId);

    /// <summary>
    /// Failed on every attempt of its budget: parked as a processing dead letter with its last error, so its key moves
    /// on; an operator can replay it.
    /// </summary>
    public sealed record Parked(long InboxId, string HubMessageId, string ErrorCode, string Error) : ProcessingResult(InboxId, HubMessageId);
}
