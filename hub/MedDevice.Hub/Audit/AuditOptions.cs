using MedDevice.Hub.Storage.Audit;

namespace MedDevice.Hub.Audit;

/// <summary>The audit log (<c>Hub:Audit</c>).</summary>
public sealed class AuditOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Audit";

    /// <summary>PEM file with the hub's ECDSA P-256 private key that signs checkpoints.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>Entries between signed checkpoints (default 1000).</summary>
    public int CheckpointEvery { get; set; } = AuditAppenderOptions.DefaultCheckpointEvery;
}
