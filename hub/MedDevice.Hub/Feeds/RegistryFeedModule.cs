using MedDevice.Adapters.Description;
using MedDevice.Adapters.Inbound;
using MedDevice.Adapters.Modules;

namespace MedDevice.Hub.Feeds;

/// <summary>The MOH registry's <c>registry.device</c> feed: FHIR R4 Devices over the shared inbound endpoint.</summary>
public sealed class RegistryFeedModule : IPartnerModule
{
    /// <summary>The module's descriptor.</summary>
    public static readonly AdapterDescriptor Description =
        new("Registry", "registry", "1.0.0", "schemas/fhir (Device profiles) over /api/v1/inbound/registry.device");

    /// <inheritdoc />
    public AdapterDescriptor Descriptor => Description;

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IInboundFeed, RegistryDeviceFeedHandler>();

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder endpoints)
    {
        // Served by the shared inbound endpoint (/api/v1/inbound/{feed}).
    }
}
