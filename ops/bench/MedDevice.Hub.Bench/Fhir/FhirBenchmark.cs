using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Bench.E2e;
using MedDevice.Hub.Bench.Import;
using MedDevice.Hub.EndToEnd.Infrastructure;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Hub.Bench.Fhir;

/// <summary>
/// <c>fhir</c>: loads N synthetic registry devices with <c>hubctl registry import</c> (the bulk-import figure), starts
/// the hub on that database and measures, over HTTP on loopback: identifier lookups (throughput and latency), the
/// first page of 20 by <c>device-name</c> prefix, and <c>_summary=count</c> over the prefix whose hit count is
/// closest to a tenth of N. Prints one JSON object.
/// </summary>
public static class FhirBenchmark
{
    private const string RegistrationSystem = "https://fhir.meddevice.gov.vn/NamingSystem/registration-number";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var db = Value(args, "--db") ?? "sqlite";
        var count = int.Parse(Value(args, "--count") ?? "1000000", CultureInfo.InvariantCulture);
        var seconds = int.Parse(Value(args, "--duration") ?? "20", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Value(args, "--concurrency") ?? "16", CultureInfo.InvariantCulture);
        var pg = Value(args, "--pg") ?? BenchArgs.PostgresFromEnvironment();
        try
        {
            BenchArgs.RequirePostgres(db, pg);
        }
        catch (ArgumentException ex)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { error = ex.Message }));
            return 2;
        }

        await using var database = await BenchDatabase.CreateAsync(new E2eOptions { Db = db, Pg = pg });
        var folder = Directory.CreateTempSubdirectory("meddevice-fhir-bench-").FullName;
        try
        {
            var settings = HubSettings.Create(database.Provider, database.ConnectionString, "fhir-bench", [], "unused");
            settings["Hub:Partners:0:Roles:1"] = "registry";
            var file = Path.Combine(folder, "registry.ndjson");
            var config = Path.Combine(folder, "appsettings.json");
            await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
            {
                Hub = new
                {
                    Storage = new { database.Provider, database.ConnectionString },
                    Privacy = new { PseudonymKey = settings["Hub:Privacy:PseudonymKey"] },
                },
            }));
            var generate = await ImportBenchmark.RunHubctlAsync(["registry", "generate", "--count", Invariant(count), "--format", "ndjson", "--out", file]);
            var import = await ImportBenchmark.RunHubctlAsync(["registry", "import", file, "--config", config, "--json"]);
            File.Delete(file);

            await using var hub = new HubProcess("hub", settings, line => Console.Error.WriteLine(line));
            await hub.StartAsync(TimeSpan.FromSeconds(120));
            using var http = FhirQueryLoad.Client(hub.BaseAddress, HubSettings.ApiKey, concurrency);
            var duration = TimeSpan.FromSeconds(seconds);

            // Warm-up, then the three measurements.
            await FhirQueryLoad.RunAsync(http, LookupPath(count), concurrency, TimeSpan.FromSeconds(3));
            var lookup = await FhirQueryLoad.RunAsync(http, LookupPath(count), concurrency, duration);
            var prefixes = SyntheticDevices.Take(2_000).Select(d => Prefix(d.DeviceName!)).Distinct(StringComparer.Ordinal).ToList();
            var firstPage = await FhirQueryLoad.RunAsync(http, i => $"fhir/Device?device-name={Uri.EscapeDataString(prefixes[(int)(i % prefixes.Count)])}&_count=20",
                Math.Max(1, concurrency / 2), duration);
            var (countPrefix, hits) = await PrefixNearAsync(http, prefixes, count / 10);
            var counting = await FhirQueryLoad.RunAsync(http, _ => $"fhir/Device?device-name={Uri.EscapeDataString(countPrefix)}&_summary=count", 1, TimeSpan.FromSeconds(Math.Min(seconds, 10)));

            var report = new
            {
                mode = "fhir",
                db,
                settings = new { devices = count, duration_s = seconds, concurrency, processor_count = Environment.ProcessorCount },
                generate_s = Math.Round(generate.Seconds, 1),
                import = ImportBenchmark.Summary(import),
                identifier_lookup = lookup,
                first_page_by_name_prefix = firstPage,
                summary_count = new { prefix = countPrefix, hits, latency = counting },
            };
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
            return import.ExitCode == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Func<long, string> LookupPath(int count) => i =>
    {
        var device = SyntheticDevices.Get((int)((i * 7919) % count));
        var token = device.RegistrationNumber is { } number ? $"{RegistrationSystem}|{number}" : device.UdiDi!;
        var parameter = device.RegistrationNumber is null ? "udi-di" : "identifier";
        return $"fhir/Device?{parameter}={Uri.EscapeDataString(token)}";
    };

    /// <summary>The first two words of a name (a realistic typed prefix).</summary>
    private static string Prefix(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(2));
    }

    private static async Task<(string Prefix, long Hits)> PrefixNearAsync(HttpClient http, List<string> prefixes, int target)
    {
        var best = (Prefix: prefixes[0], Hits: -1L);
        foreach (var prefix in prefixes.Select(p => p.Split(' ')[0]).Concat(prefixes).Distinct(StringComparer.Ordinal).Take(60))
        {
            using var response = await http.GetAsync(new Uri($"fhir/Device?device-name={Uri.EscapeDataString(prefix)}&_summary=count", UriKind.Relative));
            var total = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64();
            if (best.Hits < 0 || Math.Abs(total - target) < Math.Abs(best.Hits - target))
            {
                best = (prefix, total);
            }
        }

        return best;
    }

    private static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
