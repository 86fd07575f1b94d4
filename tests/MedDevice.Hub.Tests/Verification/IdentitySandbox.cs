using System.Net;
using System.Net.Sockets;
using MedDevice.Sandbox.Chaos;
using MedDevice.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>The real identity sandbox on 127.0.0.1 (free port, HTTP/2 cleartext) for host tests.</summary>
public sealed class IdentitySandbox : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IdentitySandbox(WebApplication app, SandboxOptions options)
    {
        _app = app;
        Options = options;
    }

    public SandboxOptions Options { get; }

    public Uri Address => SandboxHost.Address(_app);

    public SandboxStatistics Statistics => _app.Services.GetRequiredService<SandboxStatistics>();

    public static async Task<IdentitySandbox> StartAsync(Action<IdentitySandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", Identity = new IdentitySandboxOptions { Organizations = 2_000, Citizens = 10_000, Seed = 11 } };
        configure?.Invoke(options.Identity);
        var app = SandboxHost.Build(options);
        await app.StartAsync();
        return new IdentitySandbox(app, options);
    }

    /// <summary>An address on 127.0.0.1 where nothing listens.</summary>
    public static Uri ClosedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
