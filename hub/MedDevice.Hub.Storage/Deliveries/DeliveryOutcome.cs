namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>What happened to one claimed delivery; committed in batches.</summary>
public abstract record DeliveryOutcome(ClaimedDelivery Delivery)
{
    /// <summary>2xx: remove from the queue, log as delivered.</summary>
    public sealed record Delivered(ClaimedDelivery Delivery, int Attempts) : DeliveryOutcome(Delivery);

    /// <summary>Failed; try again at <paramref name="NextAttemptAt"/> (Unix ms).</summary>
    public sealed record Retry(ClaimedDelivery Delivery, int Attempts, long NextAttemptAt, string Error) : DeliveryOutcome(Delivery);

    /// <summary>Failed for good or out of attempts: park in the dead-letter queue.</summary>
    public sealed record Dead(ClaimedDelivery Delivery, int Attempts, string Error) : DeliveryOutcome(Delivery);

    /// <summary>Not attempted (circuit open, shutting down): back in the queue, attempt not counted.</summary>
    public sealed record Deferred(ClaimedDelivery Delivery, long NextAttemptAt) : DeliveryOutcome(Delivery);
}
