namespace MedDevice.Hub.Verification;

/// <summary>The answer of <see cref="IActorVerificationQueue"/>: queued (with its id), or refused with a code.</summary>
/// <param name="VerificationId">The queue id, or null when refused.</param>
/// <param name="IsNew">False when the same subject, reference and source message were queued before (same id).</param>
/// <param name="ErrorCode">A <see cref="VerificationErrorCodes"/> code when refused.</param>
/// <param name="Error">Why it was refused (never echoes the value).</param>
public sealed record ActorVerificationTicket(long? VerificationId, bool IsNew, string? ErrorCode, string? Error)
{
    /// <summary>True when the verification is queued (now or before).</summary>
    public bool Queued => ErrorCode is null;
}
