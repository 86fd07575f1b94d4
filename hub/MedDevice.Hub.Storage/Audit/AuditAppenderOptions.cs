namespace MedDevice.Hub.Storage.Audit;

/// <summary>How the appender batches and checkpoints.</summary>
public sealed class AuditAppenderOptions
{
    /// <summary>Default number of entries between checkpoints.</summary>
    public const int DefaultCheckpointEvery = 1000;

    /// <summary>A checkpoint is taken each time the chain crosses a multiple of this many entries.</summary>
    public int CheckpointEvery { get; set; } = DefaultCheckpointEvery;

    /// <summary>Most entries sealed in one transaction.</summary>
    public int MaxBatch { get; set; } = 256;
}
