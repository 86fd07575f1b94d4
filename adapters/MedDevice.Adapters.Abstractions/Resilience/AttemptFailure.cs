namespace MedDevice.Adapters.Resilience;

/// <summary>
/// How an adapter classifies the exception of one attempt: the failure to report, and whether to try again
/// within the same call. Only transient failures (unreachable, too slow, overloaded) are retried at once.
/// </summary>
/// <param name="Failure">The failure reported if this is the last attempt.</param>
/// <param name="Retry">True for transient failures.</param>
public sealed record AttemptFailure(AdapterFailure Failure, bool Retry)
{
    /// <summary>Unreachable, too slow or overloaded: retried with backoff; counts for the circuit breaker.</summary>
    public static AttemptFailure Transient(string message) =>
        new(new AdapterFailure(AdapterFailureCodes.Unavailable, AdapterFailureKind.Unavailable, message), Retry: true);

    /// <summary>The partner failed (an internal error, a refused credential): not retried now, no verdict; counts for the circuit breaker.</summary>
    public static AttemptFailure Fault(string message) =>
        new(new AdapterFailure(AdapterFailureCodes.PartnerError, AdapterFailureKind.Unavailable, message), Retry: false);

    /// <summary>The partner refused the request as wrong: not retried; does not count against the partner.</summary>
    public static AttemptFailure Rejected(string message) =>
        new(new AdapterFailure(AdapterFailureCodes.Rejected, AdapterFailureKind.Rejected, message), Retry: false);
}
