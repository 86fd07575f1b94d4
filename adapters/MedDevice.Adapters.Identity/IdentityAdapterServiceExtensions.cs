using MedDevice.Adapters.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDevice.Adapters.Identity;

/// <summary>The identity adapter's one registration line.</summary>
public static class IdentityAdapterServiceExtensions
{
    /// <summary>
    /// Registers the identity adapter from <c>Hub:Adapters:Identity</c> as <see cref="IIdentityVerifier"/> (and
    /// <see cref="IAdapter"/>, with its <c>adapter</c>-tagged health check). Needs a
    /// <see cref="Hub.Core.Privacy.Pseudonymizer"/> in the container (cache keys); adds <see cref="TimeProvider.System"/> when no clock is registered.
    /// </summary>
    public static IServiceCollection AddIdentityAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddAdapter<IIdentityVerifier, IdentityAdapter, IdentityAdapterOptions>(configuration, IdentityAdapter.Description);
        return services;
    }
}
