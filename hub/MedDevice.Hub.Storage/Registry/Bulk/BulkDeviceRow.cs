using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Core.Text;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// A device write made ready for <see cref="RegistryBulkWriter"/>: index values de-duplicated, string values folded,
/// the resource in its stored (protected) form. Pure CPU work, so callers prepare rows in parallel
/// (<see cref="RegistryBulkWriter.Prepare"/>) before the single-writer database step.
/// </summary>
public sealed class BulkDeviceRow
{
    internal BulkDeviceRow(DeviceWrite write, byte[] storedResource)
    {
        Write = write;
        StoredResource = storedResource;
        Tokens = write.Tokens.Distinct().ToList();
        Strings = SearchStringRow.Of(write.Strings);
    }

    /// <summary>The write (its <see cref="DeviceWrite.Resource"/> is the plaintext JSON).</summary>
    public DeviceWrite Write { get; }

    /// <summary>The resource as stored in <c>devices</c> and <c>device_history</c> (encrypted at rest when the hub protects payloads).</summary>
    public byte[] StoredResource { get; }

    /// <summary>Distinct token values.</summary>
    public IReadOnlyList<DeviceTokenValue> Tokens { get; }

    /// <summary>Distinct string values with their folded form (<see cref="SearchText.Fold"/>) and predecessor (<see cref="SearchStringRow"/>).</summary>
    public IReadOnlyList<SearchStringRow> Strings { get; }
}
