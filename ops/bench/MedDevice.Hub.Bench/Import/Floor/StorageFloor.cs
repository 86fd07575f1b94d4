using System.Data.Common;
using System.Diagnostics;
using MedDevice.Hub.Bench.E2e;

namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>
/// The storage floor of a measured run: the rows it wrote, read back and loaded again into empty copies of the same
/// tables (same columns, indexes and foreign keys) by the database's fastest path, with none of the hub's own work
/// (parsing, validation, look-ups, signatures, HTTP). No run that stores those rows can beat this rate on the machine;
/// the run's share of it says how much of a gap is the hub's own work.
/// </summary>
internal static class StorageFloor
{
    /// <summary>Registry import: the devices in batches of <paramref name="batchSize"/>, index rows sorted as the hub sorts them.</summary>
    public static Task<object> ImportAsync(BenchDatabase database, int batchSize, double importDevicesPerSecond)
    {
        var tables = FloorTable.Registry();
        return MeasureAsync(database, tables, foreignKeys: true, () =>
        {
            var chunks = tables[0].Devices.Chunk(batchSize).ToList();
            return (chunks.Select(chunk => tables.Select(t => (t, t.RowsOf(chunk))).ToList()).ToList(), tables[0].Rows.Count);
        }, (seconds, devices) => new
        {
            batch_size = batchSize,
            devices_per_s = Math.Round(devices / seconds),
            import_share_of_floor = Math.Round(importDevicesPerSecond / (devices / seconds), 2),
        });
    }

    /// <summary>
    /// A run of <paramref name="units"/> messages (declarations) that wrote <paramref name="tables"/>: every table's rows in
    /// stored order, cut into one transaction per <paramref name="unitsPerBatch"/> messages. The cuts do not follow
    /// messages exactly, so foreign keys are left out: the floor only gets cheaper.
    /// </summary>
    public static Task<object> MessagesAsync(BenchDatabase database, IReadOnlyList<string> tables, int units, int unitsPerBatch, double measuredPerSecond)
    {
        var floorTables = tables.Select(t => new FloorTable(t)).ToArray();
        var parts = Math.Max(1, units / unitsPerBatch);
        return MeasureAsync(database, floorTables, foreignKeys: false, () =>
            (Enumerable.Range(0, parts).Select(p => floorTables.Select(t => (t, t.Slice(p, parts))).ToList()).ToList(), units),
            (seconds, count) => new
            {
                messages_per_batch = unitsPerBatch,
                messages_per_s = Math.Round(count / seconds, 1),
                measured_share_of_floor = Math.Round(measuredPerSecond / (count / seconds), 2),
            });
    }

    /// <summary>The tables of the hub's schema that hold rows (the schema's own bookkeeping left out).</summary>
    public static async Task<IReadOnlyList<string>> TablesWithRowsAsync(BenchDatabase database)
    {
        await using var target = await OpenAsync(database);
        var names = new List<string>();
        await using (var list = target.Source.CreateCommand())
        {
            list.CommandText = database.Provider == "Sqlite"
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY rowid"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var withRows = new List<string>();
        foreach (var name in names.Where(n => n != "schema_migrations"))
        {
            await using var any = target.Source.CreateCommand();
            any.CommandText = $"SELECT EXISTS (SELECT 1 FROM {name})";
            if (Convert.ToBoolean(await any.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture))
            {
                withRows.Add(name);
            }
        }

        return withRows;
    }

    private static async Task<IFloorTarget> OpenAsync(BenchDatabase database) => database.Provider == "Sqlite"
        ? await SqliteFloorTarget.OpenAsync(database.ConnectionString)
        : await PostgreSqlFloorTarget.OpenAsync(database.ConnectionString);

    private static async Task<object> MeasureAsync(BenchDatabase database, FloorTable[] tables, bool foreignKeys,
        Func<(List<List<(FloorTable, List<object?[]>)>> Batches, int Units)> plan, Func<double, int, object> rates)
    {
        await using var target = await OpenAsync(database);
        foreach (var table in tables)
        {
            await ReadAsync(target.Source, table);
        }

        await target.CreateAsync(tables, foreignKeys);
        // Batches are put together before the clock starts: only the database's work is timed.
        var (batches, units) = plan();
        var clock = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            await target.WriteBatchAsync(batch);
        }

        await target.FinishAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        return new
        {
            method = database.Provider == "Sqlite"
                ? "one prepared INSERT per table re-run per row; WAL, synchronous=NORMAL, 1 GiB page cache"
                : "binary COPY per table",
            rows = tables.ToDictionary(t => t.Name, t => t.Rows.Count, StringComparer.Ordinal),
            batches = batches.Count,
            elapsed_s = Math.Round(seconds, 3),
            rates = rates(seconds, units),
        };
    }

    private static async Task ReadAsync(DbConnection connection, FloorTable table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table.Name}";
        await using var reader = await command.ExecuteReaderAsync();
        table.Columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            table.Rows.Add(row);
        }
    }
}
