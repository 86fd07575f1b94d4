namespace MedDevice.Hub.Core.Audit;

/// <summary>
/// Verifies the audit chain: entries in sequence order must run 1, 2, 3… without gaps, each hash must match its
/// content and each entry must link to the one before; checkpoints must carry valid signatures and match the
/// entries they cover. Returns the first broken link.
/// </summary>
public static class AuditChainVerifier
{
    /// <summary>Verifies <paramref name="entries"/> (in sequence order) and <paramref name="checkpoints"/> (in creation order).</summary>
    /// <param name="entries">The log, ordered by sequence.</param>
    /// <param name="checkpoints">The checkpoints, ordered by id.</param>
    /// <param name="trustedPublicKeys">Base64 SubjectPublicKeyInfo keys a signature must come from; null accepts each checkpoint's own key.</param>
    public static AuditVerification Verify(IReadOnlyList<AuditEntry> entries, IReadOnlyList<AuditCheckpoint> checkpoints, IReadOnlySet<string>? trustedPublicKeys = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var (entriesChecked, chainBreak) = VerifyChain(entries);
        var (verified, unsigned, checkpointBreak) = VerifyCheckpoints(entries, checkpoints, trustedPublicKeys);
        var first = (chainBreak, checkpointBreak) switch
        {
            (null, var c) => c,
            (var e, null) => e,
            var (e, c) => c.Sequence < e.Sequence ? c : e,
        };
        return new AuditVerification(entriesChecked, verified, unsigned, first);
    }

    private static (long Checked, AuditBreak? Break) VerifyChain(IReadOnlyList<AuditEntry> entries)
    {
        var expected = 1L;
        var previous = AuditHash.Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Sequence > expected)
            {
                return (i + 1, new AuditBreak(expected, AuditBreakReason.Deleted, $"entry {expected} is missing (the next entry is {entry.Sequence})"));
            }

            if (entry.Sequence < expected)
            {
                return (i + 1, new AuditBreak(entry.Sequence, AuditBreakReason.Reordered, $"sequence {entry.Sequence} appears more than once"));
            }

            if (!string.Equals(AuditHash.Compute(entry), entry.Hash, StringComparison.Ordinal))
            {
                return (i + 1, LinksElsewhere(entries, entry) is { } position
                    ? new AuditBreak(entry.Sequence, AuditBreakReason.Reordered, $"entry {entry.Sequence} follows the entry now at sequence {position}: its place in the chain was changed")
                    : new AuditBreak(entry.Sequence, AuditBreakReason.Edited, $"entry {entry.Sequence} does not match its hash: its content was changed"));
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return (i + 1, new AuditBreak(entry.Sequence, AuditBreakReason.BadHash, $"entry {entry.Sequence} does not link to entry {expected - 1}: the chain was rewritten"));
            }

            previous = entry.Hash;
            expected++;
        }

        return (entries.Count, null);
    }

    // Where the entry's stored predecessor now sits, when that is not directly before it (a swap of positions).
    private static long? LinksElsewhere(IReadOnlyList<AuditEntry> entries, AuditEntry entry)
    {
        foreach (var candidate in entries)
        {
            if (string.Equals(candidate.Hash, entry.PreviousHash, StringComparison.Ordinal))
            {
                return candidate.Sequence != entry.Sequence - 1 ? candidate.Sequence : null;
            }
        }

        return null;
    }

    private static (int Verified, int Unsigned, AuditBreak? Break) VerifyCheckpoints(
        IReadOnlyList<AuditEntry> entries, IReadOnlyList<AuditCheckpoint> checkpoints, IReadOnlySet<string>? trusted)
    {
        var hashes = new Dictionary<long, string>(entries.Count);
        foreach (var entry in entries)
        {
            hashes.TryAdd(entry.Sequence, entry.Hash);
        }

        var last = entries.Count > 0 ? entries[^1].Sequence : 0;
        int verified = 0, unsigned = 0;
        foreach (var checkpoint in checkpoints)
        {
            var signed = string.Equals(checkpoint.Status, AuditCheckpointStatus.SignedStatus, StringComparison.Ordinal);
            if (signed && !AuditCheckpointPayload.VerifySignature(checkpoint))
            {
                return (verified, unsigned, new AuditBreak(checkpoint.LastSequence, AuditBreakReason.BadCheckpointSignature,
                    $"checkpoint {checkpoint.Id} (entry {checkpoint.LastSequence}) has an invalid signature"));
            }

            if (signed && trusted is not null && !trusted.Contains(checkpoint.PublicKey!))
            {
                return (verified, unsigned, new AuditBreak(checkpoint.LastSequence, AuditBreakReason.BadCheckpointSignature,
                    $"checkpoint {checkpoint.Id} (entry {checkpoint.LastSequence}) is signed with an untrusted key"));
            }

            if (!hashes.TryGetValue(checkpoint.LastSequence, out var hash))
            {
                var missing = checkpoint.LastSequence > last ? last + 1 : checkpoint.LastSequence;
                return (verified, unsigned, new AuditBreak(missing, AuditBreakReason.Deleted,
                    $"checkpoint {checkpoint.Id} covers entry {checkpoint.LastSequence}, which is missing"));
            }

            if (!string.Equals(hash, checkpoint.LastHash, StringComparison.Ordinal))
            {
                return (verified, unsigned, new AuditBreak(checkpoint.LastSequence, AuditBreakReason.BadHash,
                    $"entry {checkpoint.LastSequence} differs from checkpoint {checkpoint.Id}: the chain was rewritten"));
            }

            if (signed)
            {
                verified++;
            }
            else
            {
                unsigned++;
            }
        }

        return (verified, unsigned, null);
    }
}
