using MedDevice.Hub.Core.Recoverability;

namespace MedDevice.Hub.Delivery;

/// <summary>The answer of one HTTP attempt: delivered, or a failure with its kind and a short reason (no payload).</summary>
public sealed record SendResult(bool Delivered, DeliveryErrorKind Kind, string Error)
{
    /// <summary>A 2xx answer.</summary>
    public static SendResult Success { get; } = new(true, DeliveryErrorKind.Transient, "");
}
