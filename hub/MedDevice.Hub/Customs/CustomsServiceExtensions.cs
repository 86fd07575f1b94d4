using MedDevice.Adapters.Operations;
using MedDevice.Hub.Security;
using MedDevice.Hub.Storage.Customs;
using MedDevice.Hub.Storage.Prices;
using MedDevice.Hub.Storage.Recalls;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDevice.Hub.Customs;

/// <summary>Wires the customs adapter: options, signing certificate, importer verifier, stores, verifier, recorder.</summary>
public static class CustomsServiceExtensions
{
    /// <summary>
    /// Registers the customs services. <see cref="IImporterVerifier"/> defaults to <see cref="FormatOnlyImporterVerifier"/>
    /// (status pending); register another implementation (e.g. the identity adapter) to replace it.
    /// </summary>
    public static IServiceCollection AddHubCustoms(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new CustomsOptions();
        configuration.GetSection(CustomsOptions.SectionName).Bind(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Customs settings refused: " + string.Join(" ", problems));
        }

        // The production profile's start-up check (SecurityOptions.ProductionProblems) requires the signing certificate.
        var security = new SecurityOptions();
        configuration.GetSection(SecurityOptions.SectionName).Bind(security);

        services.AddPartnerOperations(PartnerOperation.For(CustomsOperations.Submit, CustomsOperations.Role));
        services.AddSingleton(options);
        services.AddSingleton(sp => CustomsSigningCertificate.Load(options, security.IsProduction, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<CustomsStartupNotice>();
        services.TryAddSingleton<IImporterVerifier, FormatOnlyImporterVerifier>();
        services.AddSingleton<RecallStore>();
        services.AddSingleton<ReferencePriceStore>();
        services.AddSingleton<CustomsDeclarationStore>();
        services.AddSingleton<CustomsVerifier>();
        services.AddSingleton<CustomsRecorder>();
        services.AddSingleton<CustomsSubmission>();
        return services;
    }
}
