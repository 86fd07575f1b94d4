using MedDevice.Adapters.Description;
using MedDevice.Adapters.Modules;

namespace MedDevice.Hub.Customs;

/// <summary>Customs VNACCS/VCIS through the NSW: signed import declarations over SOAP 1.1 at <c>/soap/customs</c>.</summary>
public sealed class CustomsModule : IPartnerModule
{
    /// <summary>The module's descriptor.</summary>
    public static readonly AdapterDescriptor Description =
        new("Customs", "customs", "1.0.0", "schemas/customs/medical-device-import.xsd (NSW envelope, SOAP 1.1)");

    /// <inheritdoc />
    public AdapterDescriptor Descriptor => Description;

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddHubCustoms(configuration);

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder endpoints) => endpoints.MapCustoms();
}
