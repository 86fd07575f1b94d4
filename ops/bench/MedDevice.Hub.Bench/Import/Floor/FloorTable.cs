namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>
/// One registry table as the floor run loads it: its rows as read back from the import, grouped by the device they
/// belong to, and the columns an index-ordered batch is sorted by (the hub sorts its index rows the same way).
/// </summary>
internal sealed class FloorTable(string name, string deviceColumn, params string[] sortColumns)
{
    public string Name { get; } = name;

    /// <summary>The column naming the device a row belongs to.</summary>
    public string DeviceColumn { get; } = deviceColumn;

    /// <summary>Columns a batch's rows are sorted by before they are written; none keeps device order.</summary>
    public IReadOnlyList<string> SortColumns { get; } = sortColumns;

    public string[] Columns { get; set; } = [];

    public Dictionary<string, List<object?[]>> RowsByDevice { get; } = new(StringComparer.Ordinal);

    public long RowCount => RowsByDevice.Values.Sum(r => (long)r.Count);

    /// <summary>The rows of <paramref name="devices"/>, sorted by <see cref="SortColumns"/> when there are any.</summary>
    public List<object?[]> RowsOf(IEnumerable<string> devices)
    {
        var rows = devices.SelectMany(d => RowsByDevice.TryGetValue(d, out var r) ? r : []).ToList();
        if (SortColumns.Count == 0)
        {
            return rows;
        }

        var ordinals = SortColumns.Select(c => Array.IndexOf(Columns, c)).ToArray();
        rows.Sort((x, y) =>
        {
            foreach (var ordinal in ordinals)
            {
                var order = string.CompareOrdinal(x[ordinal] as string, y[ordinal] as string);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        });
        return rows;
    }

    /// <summary>The four tables a device import writes, with the sort order of each one's main index.</summary>
    public static FloorTable[] Registry() =>
    [
        new("devices", "id"),
        new("device_history", "id"),
        new("device_search_tokens", "device_id", "param", "code"),
        new("device_search_strings", "device_id", "param", "value_folded"),
    ];
}
