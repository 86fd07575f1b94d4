namespace MedDevice.Hub.Core.Audit;

/// <summary>Why the chain is broken at a link.</summary>
public enum AuditBreakReason
{
    /// <summary>The entry's content no longer matches its stored hash.</summary>
    Edited,

    /// <summary>A sequence number is missing (an entry was removed), or a checkpoint covers entries that are gone.</summary>
    Deleted,

    /// <summary>The entry belongs at another position (sequence numbers were swapped or duplicated).</summary>
    Reordered,

    /// <summary>The entry is self-consistent but does not link to its predecessor, or a checkpoint's hash differs (the chain was rewritten).</summary>
    BadHash,

    /// <summary>A signed checkpoint's signature does not verify, or its key is not a trusted one.</summary>
    BadCheckpointSignature,
}
