namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>How far an import of one source got; written in the same transaction as the batch it follows.</summary>
/// <param name="SourceKey">Identifies the source (e.g. a hash of the file's path, size and first block).</param>
/// <param name="SourcePath">The source as the operator named it (for display).</param>
/// <param name="ByteOffset">Where the next unread row starts.</param>
/// <param name="LineNumber">The last line read (1-based; 0 before the first).</param>
/// <param name="State">The importer's own state (JSON: counters, error-report length).</param>
/// <param name="UpdatedAt">When the checkpoint was written (Unix ms); set by the store.</param>
public sealed record BulkCheckpoint(string SourceKey, string SourcePath, long ByteOffset, long LineNumber, string State, long UpdatedAt = 0);
