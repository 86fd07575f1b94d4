using System.Security.Cryptography.X509Certificates;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Sandbox;
using Microsoft.Extensions.Configuration;

namespace MedDevice.Hub.Tests.Sandbox;

public sealed class CustomsSimulatorPartnerTests
{
    [Fact]
    public void ConfigurationEntries_NextToUserPartners_AllBoundAndAuthenticated()
    {
        using var partner = CustomsSimulatorPartner.Create(TimeProvider.System);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:Partners:0:Id"] = "moh-registry",
                ["Hub:Partners:0:ApiKey"] = "registry-key",
                ["Hub:Partners:0:Roles:0"] = "registry",
                ["Hub:Partners:1:Id"] = "vn-customs",
                ["Hub:Partners:1:ApiKey"] = "customs-key",
                ["Hub:Partners:1:Roles:0"] = "customs",
            })
            .AddInMemoryCollection(partner.ConfigurationEntries())
            .Build();

        var partners = configuration.GetSection(PartnerOptions.SectionName).Get<List<PartnerOptions>>()!;
        var directory = new PartnerDirectory(partners, allowPlainApiKeys: true);

        partners.Select(p => p.Id).ShouldBe(["moh-registry", "vn-customs", CustomsSimulatorPartner.PartnerId]);
        directory.Authenticate("ApiKey registry-key")!.Id.ShouldBe("moh-registry");
        directory.Authenticate("ApiKey customs-key")!.Id.ShouldBe("vn-customs");
        var simulator = directory.Authenticate("ApiKey " + partner.ApiKey).ShouldNotBeNull();
        simulator.Id.ShouldBe(CustomsSimulatorPartner.PartnerId);
        simulator.HasRole("customs").ShouldBeTrue();
        simulator.CertificateThumbprints.ShouldBe([partner.Sha256Thumbprint]);
        directory.AuthenticateCertificate(partner.Certificate)!.Id.ShouldBe(CustomsSimulatorPartner.PartnerId);
    }

    [Fact]
    public void ConfigurationEntries_PlainKeysRefused_SimulatorStillAuthenticatesByKeyHash()
    {
        using var partner = CustomsSimulatorPartner.Create(TimeProvider.System);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(partner.ConfigurationEntries()).Build();

        var directory = new PartnerDirectory(configuration.GetSection(PartnerOptions.SectionName).Get<List<PartnerOptions>>()!, allowPlainApiKeys: false);

        directory.Authenticate("ApiKey " + partner.ApiKey)!.Id.ShouldBe(CustomsSimulatorPartner.PartnerId);
        partner.ConfigurationEntries().ShouldNotContain(e => e.Value == partner.ApiKey);
    }

    [Fact]
    public void Create_TwoPartners_RsaSigningCertificatesWithKeysAndDistinctSecrets()
    {
        using var one = CustomsSimulatorPartner.Create(TimeProvider.System);
        using var two = CustomsSimulatorPartner.Create(TimeProvider.System);

        one.Certificate.HasPrivateKey.ShouldBeTrue();
        using (var key = one.Certificate.GetRSAPrivateKey())
        {
            key.ShouldNotBeNull().KeySize.ShouldBe(2048);
        }

        one.Certificate.NotAfter.ToUniversalTime().ShouldBeGreaterThan(DateTime.UtcNow.AddDays(7));
        one.ApiKey.ShouldNotBe(two.ApiKey);
        one.Sha256Thumbprint.ShouldNotBe(two.Sha256Thumbprint);
    }
}
