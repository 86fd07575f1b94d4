using System.Security.Cryptography;
using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Core.Text;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>
/// A device write made ready for <see cref="RegistryBulkWriter"/>: index values de-duplicated, string values folded,
/// the resource hashed. Pure CPU work, so callers prepare rows in parallel before the single-writer database step.
/// </summary>
public sealed class BulkDeviceRow
{
    private BulkDeviceRow(DeviceWrite write, IReadOnlyList<DeviceTokenValue> tokens, IReadOnlyList<(string Param, string Folded, string Exact)> strings, byte[] contentHash)
    {
        Write = write;
        Tokens = tokens;
        Strings = strings;
        ContentHash = contentHash;
    }

    /// <summary>The write.</summary>
    public DeviceWrite Write { get; }

    /// <summary>Distinct token values.</summary>
    public IReadOnlyList<DeviceTokenValue> Tokens { get; }

    /// <summary>Distinct string values with their folded form (<see cref="SearchText.Fold"/>).</summary>
    public IReadOnlyList<(string Param, string Folded, string Exact)> Strings { get; }

    /// <summary>SHA-256 of the resource: equal hashes mean an unchanged device.</summary>
    public byte[] ContentHash { get; }

    /// <summary>Prepares <paramref name="write"/>.</summary>
    public static BulkDeviceRow Prepare(DeviceWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var strings = write.Strings.Distinct().Select(s => (s.Param, SearchText.Fold(s.Value), s.Value)).ToList();
        return new BulkDeviceRow(write, write.Tokens.Distinct().ToList(), strings, SHA256.HashData(write.Resource));
    }
}
