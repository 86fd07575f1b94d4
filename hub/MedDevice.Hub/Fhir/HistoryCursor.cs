using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Fhir;

/// <summary>The keyset position of a type-history page: the last version served.</summary>
internal static class HistoryCursor
{
    internal static string Encode(DeviceVersion last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{last.LastUpdated}|{last.VersionId}|{last.Id}")));

    internal static DeviceVersion Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 3);
            if (parts.Length == 3 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lastUpdated)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                return new DeviceVersion(parts[2], version, lastUpdated, [], false);
            }
        }
        catch (FormatException)
        {
            // answered below
        }

        throw new FhirException("The history paging cursor is not valid.");
    }
}
