using MedDevice.Hub.Core.Privacy;
using Microsoft.Extensions.Options;

namespace MedDevice.Hub.Privacy;

/// <summary>Registers the pseudonymizer with its start-up validated key.</summary>
public static class PrivacyServiceExtensions
{
    /// <summary>Binds <see cref="PrivacyOptions"/>, validates the key at start-up and registers <see cref="Pseudonymizer"/>.</summary>
    public static IServiceCollection AddHubPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var load = PseudonymKeyLoader.Load(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value, !sp.GetRequiredService<Security.SecurityOptions>().IsProduction);
            return new Pseudonymizer(load.Key ?? throw new InvalidOperationException(load.Error));
        });
        // Partner payloads are encrypted at rest with a key derived from the pseudonym key (one secret to manage).
        services.AddSingleton<Storage.Protection.IPayloadProtector>(sp =>
            new Storage.Protection.AesGcmPayloadProtector(sp.GetRequiredService<Pseudonymizer>().Current.DeriveSubkey("payload-encryption-v1")));
        services.AddHostedService<PrivacyStartupNotice>();
        return services;
    }
}
