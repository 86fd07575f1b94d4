using System.Globalization;
using System.Text;

namespace MedDevice.Hub.Core.Audit;

/// <summary>
/// The canonical details string: pairs sorted by key (ordinal), each written <c>len(key):key=len(value):value;</c>
/// (a null value as <c>-</c>), so the string — and its hash — does not depend on the order the caller gave.
/// </summary>
public static class AuditDetails
{
    /// <summary>The canonical string of <paramref name="details"/>.</summary>
    public static string Canonicalize(IEnumerable<KeyValuePair<string, string?>> details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var text = new StringBuilder();
        foreach (var (key, value) in details.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            text.Append(key.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(key).Append('=');
            text.Append(value is null ? "-" : value.Length.ToString(CultureInfo.InvariantCulture) + ":" + value).Append(';');
        }

        return text.ToString();
    }

    /// <summary>Hex SHA-256 of the canonical string of <paramref name="details"/>.</summary>
    public static string Hash(IEnumerable<KeyValuePair<string, string?>> details) => AuditHash.OfDetails(Canonicalize(details));
}
