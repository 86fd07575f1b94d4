namespace MedDevice.Hub.Core.Audit;

/// <summary>Signs checkpoints with the hub's key. Throws when it cannot; the caller records an unsigned checkpoint instead.</summary>
public interface IAuditCheckpointSigner
{
    /// <summary>Signs (last sequence, last hash, time); returns base64 signature and base64 SubjectPublicKeyInfo.</summary>
    (string Signature, string PublicKey) Sign(long lastSequence, string lastHash, long time);
}
