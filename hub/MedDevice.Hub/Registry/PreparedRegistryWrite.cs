using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Registry;

/// <summary>
/// A device write prepared by <see cref="RegistryWriter.Prepare"/>: the store write with its index and stored JSON, and the
/// state its hook fills in inside the transaction (set again from scratch if a group commit retries it).
/// </summary>
public sealed class PreparedRegistryWrite
{
    internal PreparedRegistryWrite(RegistryWriteRequest request) => Request = request;

    /// <summary>The request it was prepared from.</summary>
    public RegistryWriteRequest Request { get; }

    internal DeviceWrite Write { get; set; } = null!;

    internal string? Activity { get; set; }

    internal long LastUpdated { get; set; }

    internal RegistryWriteResult Result(DeviceWriteResult written) =>
        new(written, written.Outcome is DeviceWriteOutcome.Created or DeviceWriteOutcome.Updated or DeviceWriteOutcome.Unchanged ? Activity : null, LastUpdated);
}
