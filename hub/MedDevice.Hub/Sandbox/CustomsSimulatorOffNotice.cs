namespace MedDevice.Hub.Sandbox;

/// <summary>Says at start-up why the configured customs simulator does not run: the hub refuses the API key it signs in with.</summary>
internal sealed partial class CustomsSimulatorOffNotice(ILogger<CustomsSimulatorOffNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogOff(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorOff, Level = LogLevel.Warning,
        Message = "Customs simulator off: it signs in with an API key and Hub:Security:AllowApiKeys is false; allow API keys or set Hub:Sandbox:Customs:Declarations to 0")]
    private static partial void LogOff(ILogger logger);
}
