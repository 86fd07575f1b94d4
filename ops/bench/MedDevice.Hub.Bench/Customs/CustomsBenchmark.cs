using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Hub.Bench.E2e;
using MedDevice.Hub.Bench.Import.Floor;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.EndToEnd.Infrastructure;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Bench.Customs;

/// <summary>
/// <c>customs</c>: the customs simulator sends signed declarations of N lines (default 10) over loopback SOAP to the real hub
/// (a separate <c>dotnet MedDevice.Hub.dll</c> process on SQLite or PostgreSQL, seeded with the sandbox registry, prices and
/// recalls) at a fixed rate; every reply is verified, signed and recorded before it is sent. Prints one JSON object: offered and
/// achieved declarations per second, reply latency p50/p99/max, the lanes, the faults, where the CPU went and the storage floor
/// of the rows the run wrote (<see cref="StorageFloor"/>).
/// </summary>
public static class CustomsBenchmark
{
    private const string CustomsKey = "bench-customs-key";
    private const string CustomsPartner = "vn-customs";
    // Generous to the floor: the hub's group commit rarely gathers this many declarations in one transaction.
    private const int FloorDeclarationsPerBatch = 50;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        CustomsBenchOptions options;
        try
        {
            options = CustomsBenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { error = ex.Message }));
            return 2;
        }

        using var certificate = CreateCertificate();
        await using var database = await BenchDatabase.CreateAsync(new E2eOptions { Db = options.Db, Pg = options.Pg });
        var settings = HubSettings.Create(database.Provider, database.ConnectionString, "bench-node", [], "unused");
        settings["Hub:Partners:0:Roles:1"] = "registry";
        settings["Hub:Partners:1:Id"] = CustomsPartner;
        settings["Hub:Partners:1:ApiKey"] = CustomsKey;
        settings["Hub:Partners:1:Roles:0"] = "customs";
        settings["Hub:Partners:1:CertificateThumbprints:0"] = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        // Importers are checked against the identity sandbox (gRPC, in the hub process), as in the demo: the first
        // declaration of an importer asks the register, the rest are answered from the adapter's cache.
        settings["Hub:Sandbox:Enabled"] = "true";
        settings["Hub:Sandbox:Url"] = $"http://127.0.0.1:{FreePort.Next()}";
        // The demo's customs simulator would seed the same registry and add its own declarations to the measured ones.
        settings["Hub:Sandbox:Customs:Declarations"] = "0";
        await using var hub = new HubProcess("hub", settings, line => Console.Error.WriteLine(line));
        await hub.StartAsync(TimeSpan.FromSeconds(60));

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await CustomsBenchSeed.RunAsync(client, HubSettings.ApiKey, options.Registry);

        var generator = new CustomsDeclarationGenerator(options.Registry);
        var sender = new CustomsSender(client, new Uri(hub.BaseAddress, "/soap/customs"), CustomsPartner, certificate, CustomsKey);
        var rate = options.Rate == 0 ? 600 : options.Rate;
        var buildClock = Stopwatch.StartNew();
        var warmup = Build(sender, generator, options, 0, rate * options.WarmupSeconds);
        var measured = Build(sender, generator, options, warmup.Length, rate * options.DurationSeconds);
        var buildMsPerMessage = buildClock.Elapsed.TotalMilliseconds / Math.Max(1, warmup.Length + measured.Length);

        var load = new CustomsLoad(client, new Uri(hub.BaseAddress, "/soap/customs"), CustomsKey, options.Concurrency);
        if (warmup.Length > 0)
        {
            await load.RunAsync(warmup, options.Rate);
        }

        var hubCpuBefore = hub.TotalProcessorTime;
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (outcomes, seconds) = await load.RunAsync(measured, options.Rate);
        var hubCpu = hub.TotalProcessorTime - hubCpuBefore;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore;

        var ok = outcomes.Where(o => o.Status == 200).ToList();
        var latencies = outcomes.Select(o => o.Milliseconds).Order().ToList();
        var lanes = ok.Select(o => ReplyReader.Read(o.Body).Lane ?? "?").GroupBy(l => l, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var faults = outcomes.Where(o => o.Status != 200).GroupBy(o => o.Status == 0 ? "connection" : Fault(o.Body))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Every declaration sent (warm-up too) wrote its rows: the floor loads them all, 50 declarations per transaction.
        var floor = options.Floor
            ? await StorageFloor.MessagesAsync(database, await StorageFloor.TablesWithRowsAsync(database), warmup.Length + measured.Length,
                FloorDeclarationsPerBatch, ok.Count / seconds)
            : null;
        var report = new
        {
            mode = "customs",
            db = options.Db,
            hub = "separate process (dotnet MedDevice.Hub.dll), loopback SOAP 1.1, API key + XML signature (RSA-2048) each way",
            settings = new
            {
                duration_s = options.DurationSeconds,
                warmup_s = options.WarmupSeconds,
                offered_rate = options.Rate == 0 ? "max" : options.Rate.ToString(CultureInfo.InvariantCulture),
                concurrency = options.Concurrency,
                lines_per_declaration = options.Lines,
                registry_entries = options.Registry,
                request_bytes = Math.Round(measured.Average(m => m.Length)),
                processor_count = Environment.ProcessorCount,
            },
            declarations = outcomes.Length,
            replied_ok = ok.Count,
            declarations_per_s = Math.Round(ok.Count / seconds, 1),
            lines_per_s = Math.Round(ok.Count * options.Lines / seconds, 1),
            reply_ms = new { p50 = Percentiles.Of(latencies, 50), p90 = Percentiles.Of(latencies, 90), p99 = Percentiles.Of(latencies, 99), max = Percentiles.Of(latencies, 100) },
            lanes,
            faults,
            hub_cpu_ms_per_declaration = outcomes.Length == 0 ? 0 : Math.Round(hubCpu.TotalMilliseconds / outcomes.Length, 2),
            hub_cpu_cores = Math.Round(hubCpu.TotalSeconds / seconds, 2),
            bench_cpu_cores = Math.Round(benchCpu.TotalSeconds / seconds, 2),
            client_build_and_sign_ms_per_declaration = Math.Round(buildMsPerMessage, 2),
            storage_floor = floor,
        };
        Console.WriteLine(JsonSerializer.Serialize(report, Json));
        await hub.StopAsync(TimeSpan.FromSeconds(10));
        return ok.Count == outcomes.Length ? 0 : 1;
    }

    /// <summary>Declarations built and signed before the clock starts: 85 % valid, 5 % each unregistered, recalled, price-anomalous.</summary>
    private static byte[][] Build(CustomsSender sender, CustomsDeclarationGenerator generator, CustomsBenchOptions options, int first, int count)
    {
        var messages = new byte[count][];
        Parallel.For(0, count, i =>
        {
            var sequence = first + i + 1;
            var scenario = (sequence % 20) switch
            {
                17 => CustomsScenario.Unregistered,
                18 => CustomsScenario.Recalled,
                19 => CustomsScenario.PriceAnomalous,
                _ => CustomsScenario.Valid,
            };
            messages[i] = sender.Build(generator.Create(sequence, scenario, options.Lines), CustomsFunction.Declare,
                string.Create(CultureInfo.InvariantCulture, $"bench-{sequence}"), DateTimeOffset.UtcNow);
        });
        return messages;
    }

    private static string Fault(byte[] body)
    {
        try
        {
            return ReplyReader.Read(body).FaultDetailCode ?? "unknown";
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or Core.Xml.SafeXmlException or InvalidOperationException)
        {
            return "not-soap";
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=vn-customs bench", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
