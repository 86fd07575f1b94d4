namespace MedDevice.Hub.Core.Audit;

/// <summary>The result of verifying the chain and its checkpoints.</summary>
/// <param name="EntriesChecked">Entries whose hash and link were checked (up to and including a break).</param>
/// <param name="CheckpointsVerified">Signed checkpoints whose signature and hash verified.</param>
/// <param name="UnsignedCheckpoints">Checkpoints flagged unsigned (gaps in signing, not tampering).</param>
/// <param name="FirstBreak">The first broken link, or null when intact.</param>
public sealed record AuditVerification(long EntriesChecked, int CheckpointsVerified, int UnsignedCheckpoints, AuditBreak? FirstBreak)
{
    /// <summary>True when nothing is broken.</summary>
    public bool Intact => FirstBreak is null;
}
