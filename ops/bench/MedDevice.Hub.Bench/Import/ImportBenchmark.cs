using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Bench.E2e;
using MedDevice.Hub.Bench.Import.Floor;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MedDevice.Hub.Bench.Import;

/// <summary>
/// <c>import</c>: generates N synthetic registry devices with <c>hubctl registry generate</c>, imports them into a fresh
/// database with <c>hubctl registry import</c> (a separate process, exactly what an operator runs), then imports the
/// same file again (every row unchanged), then measures the storage floor (<see cref="StorageFloor"/>). Prints one JSON
/// object: devices/s of both runs, elapsed times, final counts, the floor and the first import's share of it.
/// </summary>
public static class ImportBenchmark
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ImportBenchOptions options;
        try
        {
            options = ImportBenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { error = ex.Message }));
            return 2;
        }

        await using var database = await BenchDatabase.CreateAsync(new E2eOptions { Db = options.Db, Pg = options.Pg });
        var folder = Directory.CreateTempSubdirectory("meddevice-import-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "registry." + options.Format);
            var config = Path.Combine(folder, "appsettings.json");
            await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
            {
                Hub = new { Storage = new { database.Provider, database.ConnectionString } },
            }));

            var load = LoadAverage();
            var generate = await RunHubctlAsync(["registry", "generate", "--count", Invariant(options.Count), "--format", options.Format, "--out", file]);
            var first = await RunHubctlAsync(["registry", "import", file, "--config", config, "--json", "--batch-size", Invariant(options.BatchSize)]);
            var second = await RunHubctlAsync(["registry", "import", file, "--config", config, "--json", "--batch-size", Invariant(options.BatchSize)]);
            var counts = await CountsAsync(database);
            var floor = options.Floor && first.Summary is { } summary
                ? await StorageFloor.ImportAsync(database, options.BatchSize, summary.GetProperty("rowsPerSecond").GetDouble())
                : null;
            var report = new
            {
                mode = "import",
                db = options.Db,
                settings = new
                {
                    count = options.Count,
                    format = options.Format,
                    batch_size = options.BatchSize,
                    file_mb = Math.Round(new FileInfo(file).Length / 1048576.0, 1),
                    processor_count = Environment.ProcessorCount,
                    load_average_before = load,
                    load_average_after = LoadAverage(),
                },
                generate_s = Math.Round(generate.Seconds, 2),
                import = Summary(first),
                reimport_unchanged = Summary(second),
                counts,
                storage_floor = floor,
            };
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
            return first.ExitCode == 0 && second.ExitCode == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static object Summary((int ExitCode, double Seconds, JsonElement? Summary) run)
    {
        if (run.Summary is not { } s)
        {
            return new { exit_code = run.ExitCode, error = "no summary" };
        }

        return new
        {
            exit_code = run.ExitCode,
            devices_per_s = s.GetProperty("rowsPerSecond").GetDouble(),
            elapsed_s = s.GetProperty("elapsedSeconds").GetDouble(),
            process_wall_s = Math.Round(run.Seconds, 2),
            created = s.GetProperty("created").GetInt64(),
            updated = s.GetProperty("updated").GetInt64(),
            unchanged = s.GetProperty("unchanged").GetInt64(),
            rejected = s.GetProperty("rejected").GetInt64(),
        };
    }

    internal static async Task<(int ExitCode, double Seconds, JsonElement? Summary)> RunHubctlAsync(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HubctlBinary.Path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("hubctl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        var text = await output;
        await Console.Error.WriteAsync(await error);
        var json = text.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        return (process.ExitCode, seconds, json is null ? null : JsonDocument.Parse(json).RootElement.Clone());
    }

    private static async Task<Dictionary<string, long>> CountsAsync(BenchDatabase database)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        string[] tables = ["devices", "device_history", "device_search_tokens", "device_search_strings"];
        if (database.Provider == "Sqlite")
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            foreach (var table in tables)
            {
                await using var command = new SqliteCommand($"SELECT COUNT(*) FROM {table}", connection);
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }

            counts["database_mb"] = new FileInfo(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource).Length / 1048576;
        }
        else
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            foreach (var table in tables)
            {
                await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }

            await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database()) / 1048576", connection);
            counts["database_mb"] = Convert.ToInt64(await size.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static string? LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
