using System.Data.Common;
using System.Diagnostics;
using MedDevice.Hub.Bench.E2e;

namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>
/// The storage floor of an import: the rows <c>hubctl registry import</c> wrote (devices, history, search index), read
/// back and loaded again into empty copies of the same tables, in batches of the same size, by the database's fastest
/// path, with no parsing, validation, key look-ups or checkpoints. No import of that registry can beat this rate on the
/// machine; the import's share of it says how much of the remaining gap is the hub's own work.
/// </summary>
internal static class StorageFloor
{
    public static async Task<object> RunAsync(BenchDatabase database, int batchSize, double importDevicesPerSecond)
    {
        await using IFloorTarget target = database.Provider == "Sqlite"
            ? await SqliteFloorTarget.OpenAsync(database.ConnectionString)
            : await PostgreSqlFloorTarget.OpenAsync(database.ConnectionString);
        var tables = FloorTable.Registry();
        foreach (var table in tables)
        {
            await ReadAsync(target.Source, table);
        }

        await target.CreateAsync(tables);
        // Batches are put together before the clock starts: only the database's work is timed.
        var devices = tables[0].RowsByDevice.Keys.Order(StringComparer.Ordinal).ToList();
        var batches = devices.Chunk(batchSize).Select(chunk => tables.Select(t => (t, t.RowsOf(chunk))).ToList()).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            await target.WriteBatchAsync(batch);
        }

        await target.FinishAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        var rate = devices.Count / seconds;
        return new
        {
            method = database.Provider == "Sqlite"
                ? "one prepared INSERT per table re-run per row, the bulk import's pragmas"
                : "binary COPY per table",
            batch_size = batchSize,
            rows = tables.ToDictionary(t => t.Name, t => t.RowCount, StringComparer.Ordinal),
            elapsed_s = Math.Round(seconds, 3),
            devices_per_s = Math.Round(rate),
            import_share_of_floor = Math.Round(importDevicesPerSecond / rate, 2),
        };
    }

    private static async Task ReadAsync(DbConnection connection, FloorTable table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table.Name}";
        await using var reader = await command.ExecuteReaderAsync();
        table.Columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var device = Array.IndexOf(table.Columns, table.DeviceColumn);
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            var id = (string)row[device]!;
            if (!table.RowsByDevice.TryGetValue(id, out var rows))
            {
                table.RowsByDevice[id] = rows = [];
            }

            rows.Add(row);
        }
    }
}
