using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Security;

/// <summary>Mutual TLS on a real Kestrel port with throwaway certificates, and the production profile's refusals.</summary>
public sealed class MutualTlsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-certs-").FullName;
    private readonly X509Certificate2 _server = TestCertificates.Create("hub.test", server: true);
    private readonly X509Certificate2 _registered = TestCertificates.Create("moh-registry", server: false);
    private readonly X509Certificate2 _stranger = TestCertificates.Create("stranger", server: false);

    public void Dispose()
    {
        _server.Dispose();
        _registered.Dispose();
        _stranger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task MtlsPort_RegisteredCertificate_AuthenticatesWithoutApiKey_UnknownCertificateIs401()
    {
        var port = ProductionProfile.FreeTcpPort();
        await using var factory = new HubFactory()
            .With("urls", "http://127.0.0.1:0")
            .WithProductionProfile(_server, _folder, port)
            .With("Hub:Partners:0:Id", "ops").With("Hub:Partners:0:Roles:0", "admin")
            .With("Hub:Partners:0:CertificateThumbprints:0", _registered.GetCertHashString(HashAlgorithmName.SHA256));
        factory.UseKestrel();
        factory.StartServer();

        using var registered = Client(port, _registered);
        using var stranger = Client(port, _stranger);

        (await registered.GetAsync(new Uri("/api/v1/admin/queues", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stranger.GetAsync(new Uri("/api/v1/admin/queues", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void ProductionProfile_WithoutMutualTlsSettings_RefusesToStart()
    {
        using var factory = new HubFactory().With("Hub:Security:Profile", "Production");

        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        error.Message.ShouldContain("Production profile refused to start");
        error.Message.ShouldContain("Hub:Security:MtlsPort");
        error.Message.ShouldContain("Hub:Audit:SigningKeyPath");
    }

    [Fact]
    public void Directory_ProductionProfile_IgnoresPlainApiKeysButHonoursHashes()
    {
        var partners = new[]
        {
            new PartnerOptions { Id = "plain", ApiKey = "plain-key" },
            new PartnerOptions { Id = "hashed", ApiKeyHash = "sha256:" + PartnerDirectory.Hash("hashed-key") },
        };
        var directory = new PartnerDirectory(partners, allowPlainApiKeys: false);

        directory.Authenticate("ApiKey plain-key").ShouldBeNull();
        directory.Authenticate("ApiKey hashed-key")!.Id.ShouldBe("hashed");
        new PartnerDirectory(partners).Authenticate("ApiKey plain-key")!.Id.ShouldBe("plain");
    }

    private HttpClient Client(int port, X509Certificate2 clientCertificate)
    {
        var handler = new HttpClientHandler
        {
            ClientCertificateOptions = ClientCertificateOption.Manual,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == _server.Thumbprint,
        };
        handler.ClientCertificates.Add(clientCertificate);
        return new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{port}") };
    }
}
