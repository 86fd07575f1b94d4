namespace MedDevice.Hub.Storage.Verification;

/// <summary>Where a queued verification is.</summary>
public enum ActorVerificationState
{
    /// <summary>Waiting for (or retrying) the identity service.</summary>
    Pending = 0,

    /// <summary>The verdict is recorded; the completion listeners have still to run.</summary>
    Verified = 1,

    /// <summary>Verified and announced to every listener.</summary>
    Done = 2,
}
