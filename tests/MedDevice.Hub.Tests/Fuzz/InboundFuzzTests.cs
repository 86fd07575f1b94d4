using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MedDevice.Hub.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>
/// Seeded, bounded fuzzing of every inbound endpoint through the real Kestrel pipeline: random and mutated
/// JSON, XML and UDI payloads with random headers are all answered with a 4xx/2xx of the contract, never a 5xx,
/// and the host stays alive with bounded memory.
/// </summary>
public sealed class InboundFuzzTests : IAsyncLifetime
{
    private const int Seed = 20251124;
    private const int Cases = 3_000;
    private const int MaxBodyBytes = 256 * 1024;
    private const long MemoryHeadroomBytes = 200L * 1024 * 1024;

    private static readonly HashSet<HttpStatusCode> Allowed =
    [
        HttpStatusCode.OK, HttpStatusCode.Accepted, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden,
        HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.RequestUriTooLong,
        HttpStatusCode.UnprocessableEntity, HttpStatusCode.RequestHeaderFieldsTooLarge,
        // Unauthenticated fuzz traffic may exceed the anonymous rate limit: a 429 is a proper answer.
        HttpStatusCode.TooManyRequests,
    ];

    private readonly ITestOutputHelper _output;
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public InboundFuzzTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync()
    {
        _factory = new HubFactory()
            .With("urls", "http://127.0.0.1:0")
            .With("Hub:Inbound:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Hub:Partners:0:Id", "fuzz-registry").With("Hub:Partners:0:ApiKey", InboundFuzzCases.ApiKey).With("Hub:Partners:0:Feeds:0", InboundFuzzCases.Feed)
            .With("Hub:Partners:1:Id", "fuzz-other").With("Hub:Partners:1:ApiKey", InboundFuzzCases.ForbiddenApiKey).With("Hub:Partners:1:Feeds:0", "ecommerce.listing");
        _factory.UseKestrel();
        _factory.StartServer();
        _client = _factory.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(60);
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Post_RandomAndMutatedPayloads_AnswersOnlyContractStatusesAndStaysHealthy()
    {
        var cases = new InboundFuzzCases(Seed, UdiSeeds.Load());
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, token) =>
        {
            var request = cases.Create(index);
            try
            {
                using var response = await InboundFuzzClient.SendAsync(_client, request, token);
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if (!Allowed.Contains(response.StatusCode))
                {
                    failures.Enqueue($"case {index} ({request.Kind}, feed '{Shorten(request.Feed)}'): {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync(token))}");
                }
            }
            catch (HttpRequestException ex)
            {
                failures.Enqueue($"case {index} ({request.Kind}, feed '{Shorten(request.Feed)}', key {request.IdempotencyKey?.Length} chars, body {request.Body.Length} bytes, chunked {request.Chunked}): {ex.GetBaseException().GetType().Name} {ex.GetBaseException().Message}");
            }
        });

        clock.Stop();
        _output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}")));
        failures.Take(20).ToList().ShouldBeEmpty();
        statuses.Keys.ShouldContain(HttpStatusCode.Accepted);
        statuses.Keys.ShouldContain(HttpStatusCode.UnprocessableEntity);
        statuses.Keys.ShouldContain(HttpStatusCode.RequestEntityTooLarge);
        (await _client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        GC.GetTotalMemory(forceFullCollection: true).ShouldBeLessThan(baseline + MemoryHeadroomBytes);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
