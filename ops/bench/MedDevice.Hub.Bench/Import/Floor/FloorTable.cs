namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>
/// One table as the floor run loads it: its rows as read back after the measured run (in stored order), and for registry
/// tables the device each row belongs to and the columns an index-ordered batch is sorted by (the hub sorts its index
/// rows the same way).
/// </summary>
internal sealed class FloorTable(string name, string? deviceColumn = null, params string[] sortColumns)
{
    private Dictionary<string, List<object?[]>>? _byDevice;

    public string Name { get; } = name;

    /// <summary>Columns a batch's rows are sorted by before they are written; none keeps stored order.</summary>
    public IReadOnlyList<string> SortColumns { get; } = sortColumns;

    public string[] Columns { get; set; } = [];

    public List<object?[]> Rows { get; } = [];

    /// <summary>The distinct devices of the rows, in ordinal order of their ids.</summary>
    public IEnumerable<string> Devices => ByDevice.Keys.Order(StringComparer.Ordinal);

    private Dictionary<string, List<object?[]>> ByDevice => _byDevice ??= GroupByDevice();

    /// <summary>The rows of <paramref name="devices"/>, sorted by <see cref="SortColumns"/> when there are any.</summary>
    public List<object?[]> RowsOf(IEnumerable<string> devices)
    {
        var rows = devices.SelectMany(d => ByDevice.TryGetValue(d, out var r) ? r : []).ToList();
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

    /// <summary>Part <paramref name="part"/> of <paramref name="parts"/> equal runs of the rows in stored order.</summary>
    public List<object?[]> Slice(int part, int parts)
    {
        var start = (int)((long)Rows.Count * part / parts);
        var end = (int)((long)Rows.Count * (part + 1) / parts);
        return Rows.GetRange(start, end - start);
    }

    /// <summary>The four tables a device import writes, with the sort order of each one's main index.</summary>
    public static FloorTable[] Registry() =>
    [
        new("devices", "id"),
        new("device_history", "id"),
        new("device_search_tokens", "device_id", "param", "code"),
        new("device_search_strings", "device_id", "param", "value_folded"),
    ];

    private Dictionary<string, List<object?[]>> GroupByDevice()
    {
        var column = Array.IndexOf(Columns, deviceColumn ?? throw new InvalidOperationException($"{Name} has no device column."));
        var groups = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var id = (string)row[column]!;
            if (!groups.TryGetValue(id, out var rows))
            {
                groups[id] = rows = [];
            }

            rows.Add(row);
        }

        return groups;
    }
}
