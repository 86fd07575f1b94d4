using MedDevice.Sandbox.Chaos;
using MedDevice.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Adapters.Identity.Tests.Infrastructure;

/// <summary>The real sandbox (ops/MedDevice.Sandbox) on 127.0.0.1 with a free port, HTTP/2 cleartext unless given TLS.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, SandboxOptions options)
    {
        _app = app;
        Options = options;
    }

    public SandboxOptions Options { get; }

    /// <summary>The identity settings; mutable while running (chaos read per call).</summary>
    public IdentitySandboxOptions Identity => Options.Identity;

    public Uri Address => SandboxHost.Address(_app);

    public SandboxStatistics Statistics => _app.Services.GetRequiredService<SandboxStatistics>();

    public static async Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", Identity = new IdentitySandboxOptions { Organizations = 2_000, Seed = 7 } };
        configure?.Invoke(options);
        var app = SandboxHost.Build(options);
        await app.StartAsync();
        return new SandboxServer(app, options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
