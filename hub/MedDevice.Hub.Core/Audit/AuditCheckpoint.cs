namespace MedDevice.Hub.Core.Audit;

/// <summary>
/// A signed statement that the chain reached <paramref name="LastSequence"/> with <paramref name="LastHash"/>:
/// re-hashing the whole chain after an edit cannot reproduce it without the hub's private key.
/// </summary>
/// <param name="Id">Storage id (order of creation).</param>
/// <param name="LastSequence">The last entry covered.</param>
/// <param name="LastHash">That entry's hash.</param>
/// <param name="Time">When the checkpoint was taken (Unix milliseconds, UTC).</param>
/// <param name="Status"><see cref="AuditCheckpointStatus.SignedStatus"/> or <see cref="AuditCheckpointStatus.UnsignedStatus"/>.</param>
/// <param name="Signature">Base64 ECDSA P-256 signature (IEEE P1363) over <see cref="AuditCheckpointPayload"/>, or null.</param>
/// <param name="PublicKey">Base64 SubjectPublicKeyInfo of the signing key, or null.</param>
/// <param name="Reason">Why an unsigned checkpoint could not be signed, or null.</param>
public sealed record AuditCheckpoint(
    long Id,
    long LastSequence,
    string LastHash,
    long Time,
    string Status,
    string? Signature,
    string? PublicKey,
    string? Reason);
