namespace MedDevice.Hub.Customs;

/// <summary>Makes the signing certificate at start-up (not on the first message) and warns when it is the ephemeral development one.</summary>
public sealed partial class CustomsStartupNotice(CustomsSigningCertificate signing, ILogger<CustomsStartupNotice> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (signing.Ephemeral)
        {
            LogEphemeral(logger, signing.Sha256Thumbprint);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = LogEvents.CustomsEphemeralCertificate, Level = LogLevel.Warning,
        Message = "Customs replies are signed with an ephemeral development certificate (SHA-256 {Thumbprint}); set Hub:Customs:SigningCertificatePath")]
    private static partial void LogEphemeral(ILogger logger, string thumbprint);
}
