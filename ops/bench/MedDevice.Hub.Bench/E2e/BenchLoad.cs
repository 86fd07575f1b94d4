using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Globalization;
using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.Bench.E2e;

/// <summary>
/// The producers: concurrent partners posting <c>registry.device</c> messages (distinct Idempotency-Keys, devices
/// taken round-robin so keys repeat) for a fixed time, at a target rate or as fast as acknowledgements come back.
/// </summary>
public sealed class BenchLoad : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _inbound;
    private readonly byte[][] _bodies;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentBag<List<double>> _ackSamples = [];
    private long _next;
    private long _failures;

    /// <summary>Prepares the device set (payloads ≈1.5 KB each; the first revisions are kept for the size figure).</summary>
    public BenchLoad(Uri hub, int devices, int producers)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = producers, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", HubSettings.ApiKey);
        _inbound = new Uri(hub, "api/v1/inbound/" + HubSettings.Feed);
        _bodies = Enumerable.Range(0, devices).Select(d => DeviceJson.Create(d, 1)).ToArray();
    }

    /// <summary>Post start (Stopwatch timestamp) of every acknowledged message, by hub message id.</summary>
    public ConcurrentDictionary<string, long> StartedById { get; } = new(StringComparer.Ordinal);

    /// <summary>Posts that were not acknowledged with 202.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>
    /// Message <paramref name="index"/>: the next revision of device <c>index mod devices</c>, so every message is a
    /// real registry change (an identical repeat would be acknowledged and delivered to nobody).
    /// </summary>
    private byte[] Body(long index) => DeviceJson.Create((int)(index % _bodies.Length), (int)(index / _bodies.Length) + 1);

    /// <summary>Average payload size in bytes.</summary>
    public double AverageBodyBytes => _bodies.Average(b => b.Length);

    /// <summary>Acknowledgement latencies in ms, sorted.</summary>
    public IReadOnlyList<double> SortedAckLatencies()
    {
        var all = _ackSamples.SelectMany(s => s).ToList();
        all.Sort();
        return all;
    }

    /// <summary>Runs <paramref name="producers"/> loops for <paramref name="duration"/>; returns the number of acknowledged messages.</summary>
    public async Task<long> RunAsync(int producers, int rate, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var acknowledged = 0L;
        await Task.WhenAll(Enumerable.Range(0, producers).Select(_ => Task.Run(async () =>
        {
            var samples = new List<double>(4096);
            _ackSamples.Add(samples);
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var index = Interlocked.Increment(ref _next);
                if (rate > 0)
                {
                    var wait = TimeSpan.FromSeconds(index / (double)rate) - Stopwatch.GetElapsedTime(started);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                }

                var postStart = Stopwatch.GetTimestamp();
                if (await PostAsync(index) is { } hubMessageId)
                {
                    samples.Add(Stopwatch.GetElapsedTime(postStart).TotalMilliseconds);
                    StartedById[hubMessageId] = postStart;
                    Interlocked.Increment(ref acknowledged);
                }
                else
                {
                    Interlocked.Increment(ref _failures);
                }
            }
        })));
        return acknowledged;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<string?> PostAsync(long index)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _inbound) { Content = new ByteArrayContent(Body(index)) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
            request.Headers.Add("Idempotency-Key", string.Create(CultureInfo.InvariantCulture, $"bench-{_run}-{index}"));
            using var response = await _http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.Accepted
                ? (await response.Content.ReadFromJsonAsync<BenchReceipt>())?.HubMessageId
                : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private sealed record BenchReceipt(string HubMessageId, string Status);
}
