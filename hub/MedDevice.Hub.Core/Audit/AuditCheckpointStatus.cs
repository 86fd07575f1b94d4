namespace MedDevice.Hub.Core.Audit;

/// <summary>Whether a checkpoint carries a signature.</summary>
public static class AuditCheckpointStatus
{
    /// <summary>Signed with the hub's key.</summary>
    public const string SignedStatus = "signed";

    /// <summary>Signing failed or no key was available: a flagged gap, traffic went on.</summary>
    public const string UnsignedStatus = "unsigned";
}
