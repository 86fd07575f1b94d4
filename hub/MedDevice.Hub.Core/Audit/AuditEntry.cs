namespace MedDevice.Hub.Core.Audit;

/// <summary>One link of the hash-chained audit log, as stored.</summary>
/// <param name="Sequence">Position in the chain, from 1 without gaps.</param>
/// <param name="Time">When it was recorded (Unix milliseconds, UTC).</param>
/// <param name="Actor">Partner id, or <c>system</c>, <c>operator</c>, <c>anonymous</c>.</param>
/// <param name="Action">What was attempted.</param>
/// <param name="Target">What it was attempted on, or null.</param>
/// <param name="Purpose">Purpose of a personal-data access, or null.</param>
/// <param name="LegalBasis">Legal basis of a personal-data access, or null.</param>
/// <param name="Outcome"><c>allowed</c>, <c>denied</c> or <c>error</c>.</param>
/// <param name="DetailsHash">Hex SHA-256 of the canonical details, or null.</param>
/// <param name="PreviousHash">The hash of the entry before (<see cref="AuditHash.Genesis"/> for the first).</param>
/// <param name="Hash">SHA-256 over the canonical encoding of every other field (<see cref="AuditHash.Compute"/>).</param>
public sealed record AuditEntry(
    long Sequence,
    long Time,
    string Actor,
    string Action,
    string? Target,
    string? Purpose,
    string? LegalBasis,
    string Outcome,
    string? DetailsHash,
    string PreviousHash,
    string Hash)
{
    /// <summary>Places <paramref name="audit"/> after <paramref name="previousHash"/> at <paramref name="sequence"/> and computes its hash.</summary>
    public static AuditEntry Seal(AuditEvent audit, long sequence, long time, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var entry = new AuditEntry(sequence, time, audit.Actor, audit.Action, audit.Target, audit.Purpose, audit.LegalBasis,
            audit.Outcome, audit.DetailsHash, previousHash, "");
        return entry with { Hash = AuditHash.Compute(entry) };
    }
}
