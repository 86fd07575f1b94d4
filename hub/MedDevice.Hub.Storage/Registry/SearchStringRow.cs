using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Core.Text;

namespace MedDevice.Hub.Storage.Registry;

/// <summary>
/// One row of <c>device_search_strings</c>: a device's value for a string parameter, folded and exact, and the folded
/// value before it among the same device's values of that parameter (<see cref="PreviousFolded"/>, null for the first).
/// A prefix or exact search selects a contiguous run of a device's sorted values, so exactly one matching row per device
/// has its previous value outside the searched range: counting those rows counts devices without <c>DISTINCT</c>.
/// </summary>
/// <param name="Param">The search parameter.</param>
/// <param name="Folded">The value folded for search (<see cref="SearchText.Fold"/>).</param>
/// <param name="Exact">The value as given.</param>
/// <param name="PreviousFolded">The folded value before this one for the same device and parameter, in code-point order.</param>
public sealed record SearchStringRow(string Param, string Folded, string Exact, string? PreviousFolded)
{
    /// <summary>
    /// The rows of a device's string values: distinct, folded, sorted per parameter by (folded, exact) in code-point
    /// order — the order of SQLite's BINARY and PostgreSQL's "C" collation — each with its predecessor's folded value.
    /// </summary>
    public static IReadOnlyList<SearchStringRow> Of(IEnumerable<DeviceStringValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Distinct().Select(v => (v.Param, Folded: SearchText.Fold(v.Value), Exact: v.Value))
            .OrderBy(v => v.Param, StringComparer.Ordinal)
            .ThenBy(v => v.Folded, CodePointComparer.Instance)
            .ThenBy(v => v.Exact, CodePointComparer.Instance)
            .ToList();
        var rows = new List<SearchStringRow>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var previous = i > 0 && string.Equals(sorted[i - 1].Param, sorted[i].Param, StringComparison.Ordinal) ? sorted[i - 1].Folded : null;
            rows.Add(new SearchStringRow(sorted[i].Param, sorted[i].Folded, sorted[i].Exact, previous));
        }

        return rows;
    }

    /// <summary>Orders strings by Unicode code point (UTF-16 ordinal order differs only around surrogates).</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var left = x.EnumerateRunes();
            var right = y.EnumerateRunes();
            while (true)
            {
                var hasLeft = left.MoveNext();
                var hasRight = right.MoveNext();
                if (!hasLeft || !hasRight)
                {
                    return hasLeft ? 1 : hasRight ? -1 : 0;
                }

                var order = left.Current.Value.CompareTo(right.Current.Value);
                if (order != 0)
                {
                    return order;
                }
            }
        }
    }
}
