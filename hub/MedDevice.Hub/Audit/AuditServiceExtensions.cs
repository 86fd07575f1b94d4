using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Audit;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Audit;

/// <summary>Registers the audit trail: store, the single appender, and the checkpoint signer from <c>Hub:Audit</c>.</summary>
public static partial class AuditServiceExtensions
{
    /// <summary>Adds <see cref="IAuditTrail"/> and what it needs (after the backbone's <see cref="GroupCommitWriter"/>).</summary>
    public static IServiceCollection AddHubAudit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new AuditOptions();
        configuration.GetSection(AuditOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new AuditStore(sp.GetRequiredService<SqlDialect>()));
        services.AddSingleton(sp => CreateSigner(options, sp.GetRequiredService<Security.SecurityOptions>(), sp.GetRequiredService<ILogger<AuditTrail>>()));
        services.AddSingleton(sp => new AuditAppender(sp.GetRequiredService<AuditStore>(), sp.GetRequiredService<GroupCommitWriter>(),
            sp.GetRequiredService<TimeProvider>(), new AuditAppenderOptions { CheckpointEvery = Math.Max(1, options.CheckpointEvery) },
            sp.GetRequiredService<SignerHolder>().Signer));
        services.AddSingleton<IAuditTrail, AuditTrail>();
        return services;
    }

    // No key, or a key that cannot be loaded, never stops the hub: checkpoints are then stored unsigned with the reason.
    private static SignerHolder CreateSigner(AuditOptions options, Security.SecurityOptions security, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKeyPath))
        {
            try
            {
                return new SignerHolder(EcdsaCheckpointSigner.FromPemFile(options.SigningKeyPath));
            }
#pragma warning disable CA1031 // any failure to load the key degrades to unsigned checkpoints, flagged in the log and in the table
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogKeyUnreadable(logger, ex, options.SigningKeyPath);
                return new SignerHolder(null);
            }
        }

        if (!security.IsProduction)
        {
            LogEphemeralKey(logger);
            return new SignerHolder(EcdsaCheckpointSigner.Ephemeral());
        }

        LogNoKey(logger);
        return new SignerHolder(null);
    }

    [LoggerMessage(EventId = LogEvents.AuditEphemeralSigningKey, Level = LogLevel.Warning, Message = "Hub:Audit:SigningKeyPath is not set: audit checkpoints are signed with an ephemeral key (development profile only)")]
    private static partial void LogEphemeralKey(ILogger logger);

    [LoggerMessage(EventId = LogEvents.AuditNoSigningKey, Level = LogLevel.Error, Message = "Hub:Audit:SigningKeyPath is not set: audit checkpoints will be stored unsigned")]
    private static partial void LogNoKey(ILogger logger);

    [LoggerMessage(EventId = LogEvents.AuditSigningKeyUnreadable, Level = LogLevel.Error, Message = "Audit signing key {Path} could not be loaded: audit checkpoints will be stored unsigned")]
    private static partial void LogKeyUnreadable(ILogger logger, Exception exception, string path);

    /// <summary>The configured signer or none; a holder so DI disposes the key with the container.</summary>
    internal sealed class SignerHolder(EcdsaCheckpointSigner? signer) : IDisposable
    {
        public IAuditCheckpointSigner? Signer => signer;

        public void Dispose() => signer?.Dispose();
    }
}
