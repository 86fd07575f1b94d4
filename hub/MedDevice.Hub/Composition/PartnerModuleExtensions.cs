using MedDevice.Adapters.Modules;

namespace MedDevice.Hub.Composition;

/// <summary>Composes partner modules: one <c>AddPartner</c> line each, and one <c>MapPartners</c> for all their routes.</summary>
public static class PartnerModuleExtensions
{
    /// <summary>Adds a partner module; refuses a malformed descriptor or a second module of the same name at start.</summary>
    public static WebApplicationBuilder AddPartner<TModule>(this WebApplicationBuilder builder)
        where TModule : IPartnerModule, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        var module = new TModule();
        var problems = module.Descriptor.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Partner module {typeof(TModule).Name} refused: " + string.Join(" ", problems));
        }

        if (builder.Services.Any(s => s.ServiceType == typeof(IPartnerModule)
                && s.ImplementationInstance is IPartnerModule other && other.Descriptor.Name == module.Descriptor.Name))
        {
            throw new InvalidOperationException($"Partner module '{module.Descriptor.Name}' is added twice.");
        }

        builder.Services.AddSingleton<IPartnerModule>(module);
        module.AddServices(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>Maps the routes of every added partner module, in the order they were added.</summary>
    public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var module in endpoints.ServiceProvider.GetServices<IPartnerModule>())
        {
            module.MapRoutes(endpoints);
        }

        return endpoints;
    }
}
