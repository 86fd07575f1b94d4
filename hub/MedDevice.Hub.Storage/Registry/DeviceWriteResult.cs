namespace MedDevice.Hub.Storage.Registry;

/// <summary>The result of an upsert.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Id">The device's logical id (the matched or new device); null for <see cref="DeviceWriteOutcome.KeyConflict"/>.</param>
/// <param name="VersionId">The device's current version after the write (0 for a key conflict).</param>
public sealed record DeviceWriteResult(DeviceWriteOutcome Outcome, string? Id, int VersionId)
{
    /// <summary>True when this call created the device.</summary>
    public bool Created => Outcome == DeviceWriteOutcome.Created;
}
