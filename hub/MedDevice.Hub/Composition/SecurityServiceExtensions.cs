using MedDevice.Adapters.Operations;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Security;

namespace MedDevice.Hub.Composition;

/// <summary>Wires partners, authentication, authorisation, rate limits and mutual TLS.</summary>
public static class SecurityServiceExtensions
{
    /// <summary>Registers security services and configures the transport.</summary>
    public static WebApplicationBuilder AddHubSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SecurityOptions();
        builder.Configuration.GetSection(SecurityOptions.SectionName).Bind(options);
        options.AuditSigningKeyPath = builder.Configuration["Hub:Audit:SigningKeyPath"];
        options.CustomsSigningCertificatePath = builder.Configuration["Hub:Customs:SigningCertificatePath"];
        options.PseudonymKeyConfigured = !string.IsNullOrWhiteSpace(builder.Configuration["Hub:Privacy:PseudonymKey"])
            || !string.IsNullOrWhiteSpace(builder.Configuration["Hub:Privacy:PseudonymKeyPath"]);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new PartnerDirectoryProvider(
            builder.Configuration.GetSection(PartnerOptions.SectionName).Get<List<PartnerOptions>>() ?? [],
            allowPlainApiKeys: !options.IsProduction));
        builder.Services.AddSingleton<MedDevice.Hub.Storage.Partners.PartnerStore>();
        builder.Services.AddHostedService<PartnerRegistryRefresher>();
        builder.Services.AddPartnerOperations([.. HubOperations.Registrations]);
        builder.Services.AddSingleton<OperationMatrix>();
        builder.Services.AddPartnerRateLimiting(options);
        builder.AddMutualTls(options);
        return builder;
    }

    /// <summary>Authentication, rate limiting, then deny-by-default authorisation, in that order.</summary>
    public static WebApplication UseHubSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<PartnerAuthenticationMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseMiddleware<OperationAuthorizationMiddleware>();
        return app;
    }
}
