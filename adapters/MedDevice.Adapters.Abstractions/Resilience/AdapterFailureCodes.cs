namespace MedDevice.Adapters.Resilience;

/// <summary>Stable codes of failed partner calls, shared by every adapter.</summary>
public static class AdapterFailureCodes
{
    /// <summary>The partner was unreachable or answered with a transient error on every attempt.</summary>
    public const string Unavailable = "ADP-001";

    /// <summary>The circuit is open: the partner is resting after repeated failures; nothing was sent.</summary>
    public const string CircuitOpen = "ADP-002";

    /// <summary>The call's budget (the caller's deadline) ran out before an answer.</summary>
    public const string DeadlineExceeded = "ADP-003";

    /// <summary>Too many calls were waiting for a free slot; refused at once.</summary>
    public const string Busy = "ADP-004";

    /// <summary>The partner refused the request as invalid.</summary>
    public const string Rejected = "ADP-005";

    /// <summary>The adapter has no endpoint or is disabled.</summary>
    public const string NotConfigured = "ADP-006";

    /// <summary>The partner failed with an error that is not retried within the call (e.g. an internal error); ask later.</summary>
    public const string PartnerError = "ADP-007";
}
