using System.Collections.Concurrent;
using MedDevice.Testing.Polling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>A subscriber endpoint on 127.0.0.1 that records what it receives and answers what the test says.</summary>
public sealed class LoopbackSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSink(WebApplication app) => _app = app;

    public ConcurrentQueue<SinkRequest> Requests { get; } = new();

    /// <summary>Status code to answer with; defaults to 200.</summary>
    public Func<SinkRequest, int> Respond { get; set; } = _ => 200;

    public string Endpoint { get; private set; } = "";

    public static async Task<LoopbackSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new LoopbackSink(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var record = new SinkRequest(await reader.ReadToEndAsync(), request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
            var status = sink.Respond(record);
            sink.Requests.Enqueue(record with { AnsweredStatus = status });
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.Endpoint = address + "/hook";
        return sink;
    }

    /// <summary>Waits (bounded) until <paramref name="predicate"/> holds over the received requests; fails naming <paramref name="what"/>.</summary>
    public Task UntilAsync(Func<IReadOnlyCollection<SinkRequest>, bool> predicate, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Eventually.UntilAsync(() => predicate(Requests), what, timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record SinkRequest(string Body, IReadOnlyDictionary<string, string> Headers, int AnsweredStatus = 0);
