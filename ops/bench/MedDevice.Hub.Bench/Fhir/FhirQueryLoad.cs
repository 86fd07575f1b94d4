using System.Diagnostics;
using System.Net.Http.Headers;
using MedDevice.Hub.Bench.E2e;

namespace MedDevice.Hub.Bench.Fhir;

/// <summary>Closed-loop HTTP load: <c>concurrency</c> clients repeat a request for a duration; latencies in ms.</summary>
public static class FhirQueryLoad
{
    /// <summary>Runs the load and returns throughput and latency percentiles.</summary>
    public static async Task<object> RunAsync(HttpClient http, Func<long, string> path, int concurrency, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(path);
        var samples = new List<double>[concurrency];
        var failures = 0L;
        var next = 0L;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(c => Task.Run(async () =>
        {
            var mine = samples[c] = new List<double>(16_384);
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var request = Interlocked.Increment(ref next);
                var t0 = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(path(request), UriKind.Relative));
                await response.Content.LoadIntoBufferAsync();
                if (response.IsSuccessStatusCode)
                {
                    mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = samples.SelectMany(s => s).Order().ToList();
        return new
        {
            requests = all.Count,
            failures,
            per_second = Math.Round(all.Count / seconds),
            p50_ms = Math.Round(Percentiles.Of(all, 50), 2),
            p99_ms = Math.Round(Percentiles.Of(all, 99), 2),
            concurrency,
        };
    }

    /// <summary>An HTTP client for the hub with the bench partner's API key.</summary>
    public static HttpClient Client(Uri hub, string apiKey, int connections)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
        return http;
    }
}
