namespace MedDevice.Hub.Storage.Verification;

/// <summary>The queue id of a verification and whether this call queued it (false: it was queued before).</summary>
public sealed record ActorVerificationEnqueued(long Id, bool IsNew);
