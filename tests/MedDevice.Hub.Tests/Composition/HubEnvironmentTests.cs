using MedDevice.Hub.Composition;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedDevice.Hub.Tests.Composition;

/// <summary>The host environment follows the hub's profile (<c>Hub:Security:Profile</c>), not ASPNETCORE_ENVIRONMENT.</summary>
public sealed class HubEnvironmentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-environment-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Production", "Production")]
    [InlineData("production", "Production")]
    [InlineData("Development", "Development")]
    [InlineData("Staging", "Development")]
    [InlineData(null, "Development")]
    public void FromProfile_Profile_NamesTheEnvironment(string? profile, string environment) =>
        HubEnvironment.FromProfile(profile).ShouldBe(environment);

    [Fact]
    public void Resolve_ProfileOnTheCommandLine_WinsOverTheDefaults()
    {
        var defaults = new[] { new KeyValuePair<string, string?>(HubEnvironment.ProfileKey, "Development") };

        HubEnvironment.Resolve([$"--contentRoot={_folder}", "--Hub:Security:Profile=Production"], defaults).ShouldBe(Environments.Production);
        HubEnvironment.Resolve([$"--contentRoot={_folder}"], defaults).ShouldBe(Environments.Development);
    }

    [Fact]
    public void Resolve_ProfileInTheContentRootsAppsettings_IsRead()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "Hub": { "Security": { "Profile": "Production" } } }""");

        HubEnvironment.Resolve([$"--contentRoot={_folder}"], []).ShouldBe(Environments.Production);
    }

    [Fact]
    public async Task Host_DevelopmentProfileAskedForProductionEnvironment_RunsInDevelopment()
    {
        await using var factory = new HubFactory().With("environment", "Production");

        factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName.ShouldBe(Environments.Development);
        factory.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName.ShouldBe(Environments.Development);
    }

    [Fact]
    public async Task Host_ProductionProfile_RunsInProduction()
    {
        using var server = TestCertificates.Create("hub", server: true);
        await using var factory = new HubFactory().WithProductionProfile(server, _folder);

        factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName.ShouldBe(Environments.Production);
        factory.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName.ShouldBe(Environments.Production);
    }
}
