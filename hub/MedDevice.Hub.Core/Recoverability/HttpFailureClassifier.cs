namespace MedDevice.Hub.Core.Recoverability;

/// <summary>Classifies a subscriber's HTTP answer: 2xx delivered; 408, 429 and 5xx transient; other 4xx permanent.</summary>
public static class HttpFailureClassifier
{
    /// <summary>True for 2xx.</summary>
    public static bool IsSuccess(int statusCode) => statusCode is >= 200 and <= 299;

    /// <summary>The kind of failure a non-2xx status code means.</summary>
    public static DeliveryErrorKind Classify(int statusCode) => statusCode switch
    {
        408 or 429 => DeliveryErrorKind.Transient,
        >= 500 => DeliveryErrorKind.Transient,
        >= 400 => DeliveryErrorKind.Permanent,
        // 1xx/3xx: the subscriber did not take it; try again later rather than losing it.
        _ => DeliveryErrorKind.Transient,
    };
}
