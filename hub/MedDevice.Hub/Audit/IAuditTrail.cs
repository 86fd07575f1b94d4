using MedDevice.Hub.Core.Audit;

namespace MedDevice.Hub.Audit;

/// <summary>Records security-relevant actions in the hash-chained audit log.</summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry and waits for its commit. Never throws: a failed append is logged as an error.</summary>
    Task RecordAsync(AuditEvent audit);

    /// <summary>Takes a signed checkpoint now (null when the log is empty).</summary>
    Task<AuditCheckpoint?> CheckpointAsync();
}
