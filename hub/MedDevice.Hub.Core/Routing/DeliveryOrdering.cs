namespace MedDevice.Hub.Core.Routing;

/// <summary>Whether a subscriber receives messages for one device key in acceptance order.</summary>
public enum DeliveryOrdering
{
    /// <summary>A key's next message waits while an earlier one is pending or retrying.</summary>
    PerKey,

    /// <summary>No ordering guarantee; maximum parallelism.</summary>
    None,
}
