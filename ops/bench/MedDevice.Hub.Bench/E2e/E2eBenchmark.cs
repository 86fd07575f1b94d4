using System.Diagnostics;
using System.Text.Json;
using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.Bench.E2e;

/// <summary>
/// <c>e2e</c>: producers POST registry.device messages over loopback HTTP to the real hub (a separate
/// <c>dotnet MedDevice.Hub.dll</c> process), which delivers them to two HTTP sink subscribers hosted in this
/// process. Prints one JSON object: throughput, acknowledgement latency (post → 202) and end-to-end latency
/// (post start → arrival at the sink), with the settings used.
/// </summary>
public static class E2eBenchmark
{
    private const string Secret = "bench-sink-secret";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        E2eOptions options;
        try
        {
            options = E2eOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { error = ex.Message }));
            return 2;
        }

        await using var database = await BenchDatabase.CreateAsync(options);
        await using var sinkA = await SinkServer.StartAsync("sink-a", Secret);
        await using var sinkB = await SinkServer.StartAsync("sink-b", Secret);
        SinkServer[] sinks = [sinkA, sinkB];
        var settings = HubSettings.Create(database.Provider, database.ConnectionString, "bench-node", sinks, Secret);
        await using var hub = new HubProcess("hub", settings, line => Console.Error.WriteLine(line));
        await hub.StartAsync(TimeSpan.FromSeconds(60));

        using var load = new BenchLoad(hub.BaseAddress, options.Devices, options.Producers);
        var hubCpuBefore = hub.TotalProcessorTime;
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var loadStarted = Stopwatch.GetTimestamp();
        var duration = TimeSpan.FromSeconds(options.DurationSeconds);
        var accepted = await load.RunAsync(options.Producers, options.Rate, duration);
        var loadSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        var loadEnded = Stopwatch.GetTimestamp();

        var drain = Stopwatch.StartNew();
        while (drain.Elapsed.TotalSeconds < options.DrainSeconds && sinks.Any(s => s.DistinctKeys < accepted))
        {
            await Task.Delay(100);
        }

        var drainSeconds = drain.Elapsed.TotalSeconds;
        var hubCpu = hub.TotalProcessorTime - hubCpuBefore;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore;
        var endToEnd = new List<double>();
        var deliveredInWindow = 0L;
        foreach (var sink in sinks)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var delivery in sink.Deliveries)
            {
                if (!seen.Add(delivery.IdempotencyKey) || !load.StartedById.TryGetValue(delivery.HubMessageId, out var started))
                {
                    continue;
                }

                endToEnd.Add(Stopwatch.GetElapsedTime(started, delivery.ReceivedTimestamp).TotalMilliseconds);
                deliveredInWindow += delivery.ReceivedTimestamp <= loadEnded ? 1 : 0;
            }
        }

        endToEnd.Sort();
        var ack = load.SortedAckLatencies();
        var delivered = sinks.Min(s => s.DistinctKeys);
        var report = new
        {
            mode = "e2e",
            db = options.Db,
            hub = "separate process (dotnet MedDevice.Hub.dll), loopback HTTP",
            settings = new
            {
                duration_s = options.DurationSeconds,
                rate = options.Rate == 0 ? "max" : options.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                producers = options.Producers,
                devices = options.Devices,
                subscribers = sinks.Length,
                payload_bytes = Math.Round(load.AverageBodyBytes),
                processor_count = Environment.ProcessorCount,
            },
            accepted,
            failed_posts = load.Failures,
            accepted_per_s = Math.Round(accepted / loadSeconds, 1),
            delivered_per_s = Math.Round(deliveredInWindow / (double)sinks.Length / loadSeconds, 1),
            delivered_to_all = delivered,
            drain_s = Math.Round(drainSeconds, 2),
            end_to_end_per_s = Math.Round(delivered / (loadSeconds + drainSeconds), 1),
            ack_ms = new { p50 = Percentiles.Of(ack, 50), p99 = Percentiles.Of(ack, 99), max = Percentiles.Of(ack, 100) },
            end_to_end_ms = new { p50 = Percentiles.Of(endToEnd, 50), p99 = Percentiles.Of(endToEnd, 99), max = Percentiles.Of(endToEnd, 100) },
            // Where the CPU went during load + drain: the hub process vs this process (producers and sinks).
            hub_cpu_us_per_message = accepted == 0 ? 0 : Math.Round(hubCpu.TotalMicroseconds / accepted, 1),
            bench_cpu_us_per_message = accepted == 0 ? 0 : Math.Round(benchCpu.TotalMicroseconds / accepted, 1),
            hub_cpu_cores = Math.Round(hubCpu.TotalSeconds / (loadSeconds + drainSeconds), 2),
            duplicates = sinks.Sum(s => s.Deliveries.Count - s.DistinctKeys),
            bad_signatures = sinks.Sum(s => s.BadSignatures),
        };
        Console.WriteLine(JsonSerializer.Serialize(report, Json));
        await hub.StopAsync(TimeSpan.FromSeconds(10));
        return delivered == accepted ? 0 : 1;
    }
}
