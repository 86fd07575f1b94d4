using MedDevice.Adapters.Configuration;
using MedDevice.Adapters.Description;
using MedDevice.Adapters.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedDevice.Adapters.Registration;

/// <summary>
/// The one way an adapter is registered. Each adapter exposes its own one-line extension
/// (<c>services.AddIdentityAdapter(configuration)</c>) that calls <see cref="AddAdapter{TService, TAdapter, TOptions}"/>.
/// </summary>
public static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Hub:Adapters:&lt;Name&gt;</c> to <typeparamref name="TOptions"/> and validates it (an unusable section
    /// stops the start with <see cref="AdapterConfigurationException"/>), registers the options, the adapter as a
    /// singleton behind <typeparamref name="TService"/> and <see cref="IAdapter"/>, and its health check tagged
    /// <see cref="AdapterHealthTags.Adapter"/> (never <c>ready</c>).
    /// </summary>
    /// <typeparam name="TService">The service interface the hub calls.</typeparam>
    /// <typeparam name="TAdapter">The adapter.</typeparam>
    /// <typeparam name="TOptions">The adapter's options.</typeparam>
    /// <returns>The bound options, for adapter-specific registrations.</returns>
    public static TOptions AddAdapter<TService, TAdapter, TOptions>(this IServiceCollection services, IConfiguration configuration, AdapterDescriptor descriptor)
        where TService : class
        where TAdapter : class, TService, IAdapter
        where TOptions : AdapterOptions, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Problems() is { Count: > 0 } malformed)
        {
            throw new AdapterConfigurationException(descriptor, malformed);
        }

        var options = new TOptions();
        configuration.GetSection(descriptor.SectionName).Bind(options);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new AdapterConfigurationException(descriptor, problems);
        }

        services.AddSingleton(options);
        services.AddSingleton<TAdapter>();
        services.AddSingleton<TService>(sp => sp.GetRequiredService<TAdapter>());
        services.AddSingleton<IAdapter>(sp => sp.GetRequiredService<TAdapter>());
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            descriptor.HealthCheckName,
            sp => new AdapterHealthCheck(sp.GetRequiredService<TAdapter>()),
            failureStatus: HealthStatus.Unhealthy,
            tags: [AdapterHealthTags.Adapter],
            timeout: options.CallTimeout + TimeSpan.FromSeconds(1)));
        return options;
    }
}
