namespace MedDevice.Adapters.Resilience;

/// <summary>Why a partner call gave no answer.</summary>
public enum AdapterFailureKind
{
    /// <summary>The partner could not answer now (down, overloaded, too slow, circuit open): ask again later; never a verdict.</summary>
    Unavailable = 0,

    /// <summary>The partner refused the request as wrong: asking again unchanged will not help.</summary>
    Rejected = 1,
}
