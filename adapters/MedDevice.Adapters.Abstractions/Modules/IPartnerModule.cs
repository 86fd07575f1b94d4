using MedDevice.Adapters.Description;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Adapters.Modules;

/// <summary>
/// One partner system's side of the hub, composed by the host with one line (<c>builder.AddPartner&lt;TModule&gt;()</c>,
/// then <c>app.MapPartners()</c>). A module registers its options (validated at start), services, inbound feeds
/// (<see cref="Inbound.IInboundFeed"/>) and partner operations (<see cref="Operations.PartnerOperation"/>), and maps its one
/// route group with its refusal protocol (<see cref="Refusals.RefusalProtocolMetadata"/>). A feed served by the shared
/// inbound endpoint maps nothing.
/// </summary>
public interface IPartnerModule
{
    /// <summary>What the module is: name (configuration section <c>Hub:Adapters:&lt;Name&gt;</c>), partner role, version, contract.</summary>
    AdapterDescriptor Descriptor { get; }

    /// <summary>Registers the module's options, services, feeds and operations.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's route group, if it has one.</summary>
    void MapRoutes(IEndpointRouteBuilder endpoints);
}
