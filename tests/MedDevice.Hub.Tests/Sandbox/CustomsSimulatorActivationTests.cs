using MedDevice.Hub.Partners;
using MedDevice.Hub.Sandbox;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Hub.Tests.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedDevice.Hub.Tests.Sandbox;

/// <summary>When the host starts the customs simulator and registers its partner, and when it never does.</summary>
public sealed class CustomsSimulatorActivationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-simulator-activation-").FullName;

    [Theory]
    [InlineData("0", false)]
    [InlineData("3", true)]
    public async Task Host_DevelopmentSandbox_SimulatorAndItsPartnerOnlyWhenDeclarationsAboveZero(string declarations, bool expected)
    {
        await using var factory = new HubFactory()
            .With("Hub:Sandbox:Enabled", "true")
            .With("Hub:Sandbox:Url", IdentitySandbox.ClosedAddress().ToString())
            .With("Hub:Sandbox:Customs:Declarations", declarations)
            // Long enough that the positive case sends nothing while the test looks.
            .With("Hub:Sandbox:Customs:Interval", "00:10:00");

        var services = factory.Services;

        services.GetServices<IHostedService>().OfType<InProcessSandbox>().ShouldNotBeEmpty();
        services.GetServices<IHostedService>().OfType<CustomsSimulator>().Any().ShouldBe(expected);
        services.GetRequiredService<PartnerDirectoryProvider>().ConfiguredIds.Contains(CustomsSimulatorPartner.PartnerId).ShouldBe(expected);
    }

    [Fact]
    public async Task Host_ApiKeysRefused_NoSimulatorNorPartner_ButANoticeSaysWhy()
    {
        await using var factory = new HubFactory()
            .With("Hub:Sandbox:Enabled", "true")
            .With("Hub:Sandbox:Url", IdentitySandbox.ClosedAddress().ToString())
            .With("Hub:Sandbox:Customs:Declarations", "3")
            .With("Hub:Security:AllowApiKeys", "false");

        var services = factory.Services;

        services.GetServices<IHostedService>().OfType<InProcessSandbox>().ShouldNotBeEmpty();
        services.GetServices<IHostedService>().OfType<CustomsSimulator>().ShouldBeEmpty();
        services.GetServices<IHostedService>().OfType<CustomsSimulatorOffNotice>().ShouldHaveSingleItem();
        services.GetRequiredService<PartnerDirectoryProvider>().ConfiguredIds.ShouldNotContain(CustomsSimulatorPartner.PartnerId);
    }

    [Fact]
    public async Task Host_ProductionProfileWithSandboxAndDeclarationsConfigured_NeitherSandboxNorSimulatorNorPartner()
    {
        using var server = TestCertificates.Create("hub", server: true);
        await using var factory = new HubFactory()
            .WithProductionProfile(server, _folder)
            .With("Hub:Sandbox:Enabled", "true")
            .With("Hub:Sandbox:Url", IdentitySandbox.ClosedAddress().ToString())
            .With("Hub:Sandbox:Customs:Declarations", "6");

        var services = factory.Services;

        services.GetServices<IHostedService>().OfType<InProcessSandbox>().ShouldBeEmpty();
        services.GetServices<IHostedService>().OfType<CustomsSimulator>().ShouldBeEmpty();
        services.GetService<CustomsSimulatorPartner>().ShouldBeNull();
        services.GetRequiredService<PartnerDirectoryProvider>().ConfiguredIds.ShouldNotContain(CustomsSimulatorPartner.PartnerId);
    }

    [Fact]
    public void Host_DeclarationsOutOfRange_RefusesToStartNamingTheSetting()
    {
        using var factory = new HubFactory()
            .With("Hub:Sandbox:Enabled", "true")
            .With("Hub:Sandbox:Url", IdentitySandbox.ClosedAddress().ToString())
            .With("Hub:Sandbox:Customs:Declarations", "-1");

        Should.Throw<InvalidOperationException>(() => factory.CreateClient()).Message.ShouldContain("Hub:Sandbox:Customs:Declarations");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
