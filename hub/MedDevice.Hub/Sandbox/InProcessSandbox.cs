using MedDevice.Sandbox.Hosting;

namespace MedDevice.Hub.Sandbox;

/// <summary>
/// Runs ops/MedDevice.Sandbox inside the hub process (development profile, <c>Hub:Sandbox:Enabled=true</c>) on its own
/// loopback port, so one command starts the hub with its partner simulators. Its logs go through the hub's
/// (redacting) logging. A sandbox that cannot start (e.g. the port is taken) is logged and the hub goes on: the
/// identity adapter then answers "pending".
/// </summary>
internal sealed partial class InProcessSandbox(SandboxOptions options, ILoggerFactory loggerFactory, ILogger<InProcessSandbox> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var app = SandboxHost.Build(options, loggerFactory);
            await app.StartAsync(cancellationToken);
            _app = app;
            var address = SandboxHost.Address(app);
            LogStarted(logger, address);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            LogNotStarted(logger, ex, options.Url);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [LoggerMessage(EventId = LogEvents.SandboxStarted, Level = LogLevel.Information, Message = "Sandbox partners (identity: gRPC meddevice.identity.v1) listening on {Address}")]
    private static partial void LogStarted(ILogger logger, Uri address);

    [LoggerMessage(EventId = LogEvents.SandboxNotStarted, Level = LogLevel.Error, Message = "Sandbox could not start on {Url}; identity checks stay pending until an identity service answers")]
    private static partial void LogNotStarted(ILogger logger, Exception exception, string url);
}
