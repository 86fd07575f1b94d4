using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Privacy;

/// <summary>Builds the <see cref="Pseudonymizer"/> at start-up and warns loudly when it runs on the development key.</summary>
public sealed partial class PrivacyStartupNotice(Pseudonymizer pseudonymizer, ILogger<PrivacyStartupNotice> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (pseudonymizer.Current.KeyId == DevelopmentPseudonymKey.KeyId)
        {
            LogDevelopmentKey(logger, PrivacyOptions.SectionName);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = LogEvents.DevelopmentPseudonymKey, Level = LogLevel.Warning, Message = "Pseudonyms use the published DEVELOPMENT key; configure {Section}:PseudonymKey before handling real personal data")]
    private static partial void LogDevelopmentKey(ILogger logger, string section);
}
