namespace MedDevice.Hub.Core.Recoverability;

/// <summary>How a failed delivery attempt is classified.</summary>
public enum DeliveryErrorKind
{
    /// <summary>May succeed later: 408, 429, 5xx, time-outs, connection errors.</summary>
    Transient,

    /// <summary>Will not succeed by repeating it: other 4xx.</summary>
    Permanent,
}
