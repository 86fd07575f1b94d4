using MedDevice.Adapters.Description;
using MedDevice.Adapters.Modules;
using MedDevice.Hub.Composition;
using MedDevice.Hub.Customs;
using MedDevice.Hub.Feeds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Composition;

/// <summary>Partner modules are composed with one line each: services registered, routes mapped, bad compositions refused at start.</summary>
public sealed class PartnerModuleTests
{
    [Fact]
    public async Task AddPartnerThenMapPartners_RegistersServicesAndMapsTheModulesRoutes()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddPartner<LabModule>();
        await using var app = builder.Build();

        app.MapPartners();

        app.Services.GetRequiredService<LabService>().ShouldNotBeNull();
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText).ShouldContain("/lab/ping");
    }

    [Fact]
    public void AddPartner_SameModuleTwice_IsRefused()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddPartner<LabModule>();

        Should.Throw<InvalidOperationException>(() => builder.AddPartner<LabModule>()).Message.ShouldContain("added twice");
    }

    [Fact]
    public void AddPartner_MalformedDescriptor_IsRefused() =>
        Should.Throw<InvalidOperationException>(() => WebApplication.CreateBuilder().AddPartner<BadModule>()).Message.ShouldContain("refused");

    [Fact]
    public async Task Host_ComposesTheRegistryFeedAndCustomsModules()
    {
        await using var factory = new HubFactory();
        using var client = factory.CreateClient();

        factory.Services.GetServices<IPartnerModule>().Select(m => m.Descriptor.Name)
            .ShouldBe([RegistryFeedModule.Description.Name, CustomsModule.Description.Name]);
    }

    private sealed class LabService;

    private sealed class LabModule : IPartnerModule
    {
        public AdapterDescriptor Descriptor { get; } = new("Lab", "lab", "1.0.0", "none");

        public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<LabService>();

        public void MapRoutes(IEndpointRouteBuilder endpoints) => endpoints.MapGroup("/lab").MapGet("/ping", () => Results.Ok());
    }

    private sealed class BadModule : IPartnerModule
    {
        public AdapterDescriptor Descriptor { get; } = new("not pascal", "Lab", "x", "");

        public void AddServices(IServiceCollection services, IConfiguration configuration)
        {
        }

        public void MapRoutes(IEndpointRouteBuilder endpoints)
        {
        }
    }
}
