using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>
/// A subscriber endpoint on 127.0.0.1 (Kestrel, port chosen by the OS) that verifies each delivery's HMAC
/// signature and records accepted deliveries by idempotency key. Its <see cref="Mode"/> can be switched at any time.
/// </summary>
public sealed class SinkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly byte[] _secret;
    private readonly ConcurrentQueue<SinkDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<string, int> _countByKey = new(StringComparer.Ordinal);
    private int _mode;
    private long _sequence;
    private long _flap;
    private long _refused;
    private long _badSignatures;

    private SinkServer(string subscriberId, string secret, WebApplication app)
    {
        SubscriberId = subscriberId;
        _secret = Encoding.UTF8.GetBytes(secret);
        _app = app;
    }

    /// <summary>The subscriber id the hub is configured with for this sink.</summary>
    public string SubscriberId { get; }

    /// <summary>The URL to configure as the subscriber's endpoint.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The answer delay in <see cref="SinkMode.Slow"/>.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How the sink currently answers.</summary>
    public SinkMode Mode
    {
        get => (SinkMode)Volatile.Read(ref _mode);
        set => Volatile.Write(ref _mode, (int)value);
    }

    /// <summary>Deliveries answered with a failure (503).</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Requests whose <c>X-Hub-Signature</c> did not match the body (answered 401, never recorded).</summary>
    public long BadSignatures => Interlocked.Read(ref _badSignatures);

    /// <summary>Distinct idempotency keys accepted so far.</summary>
    public int DistinctKeys => _countByKey.Count;

    /// <summary>All accepted deliveries in arrival order.</summary>
    public IReadOnlyList<SinkDelivery> Deliveries => _deliveries.OrderBy(d => d.Sequence).ToList();

    /// <summary>How often each idempotency key was accepted.</summary>
    public IReadOnlyDictionary<string, int> CountByKey => new Dictionary<string, int>(_countByKey, StringComparer.Ordinal);

    /// <summary>True when the key was accepted at least once.</summary>
    public bool HasReceived(string idempotencyKey) => _countByKey.ContainsKey(idempotencyKey);

    /// <summary>Starts a sink listening on a free loopback port.</summary>
    public static async Task<SinkServer> StartAsync(string subscriberId, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new SinkServer(subscriberId, secret, app);
        app.MapPost("/hook", sink.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.Endpoint = new Uri(address.TrimEnd('/') + "/hook");
        return sink;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream(request.ContentLength is > 0 and < int.MaxValue and var n ? (int)n : 2048);
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(_secret, body));
        if (!string.Equals(request.Headers["X-Hub-Signature"].ToString(), expected, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _badSignatures);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        switch (Mode)
        {
            case SinkMode.Unavailable:
            case SinkMode.Flapping when Interlocked.Increment(ref _flap) % 2 == 0:
                Interlocked.Increment(ref _refused);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            case SinkMode.Slow:
                await Task.Delay(SlowDelay, context.RequestAborted);
                break;
        }

        var key = request.Headers["Idempotency-Key"].ToString();
        var node = request.Headers["X-Hub-Node"].ToString();
        _deliveries.Enqueue(new SinkDelivery(Interlocked.Increment(ref _sequence), key, request.Headers["X-Hub-Message-Id"].ToString(),
            node.Length > 0 ? node : null, Stopwatch.GetTimestamp()));
        _countByKey.AddOrUpdate(key, 1, static (_, count) => count + 1);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
