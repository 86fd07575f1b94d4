using System.Net;
using System.Net.Sockets;
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
        var port = FreeTcpPort();
        await using var factory = new HubFactory()
            .With("urls", "http://127.0.0.1:0")
            .With("Hub:Security:Profile", "Production")
            .With("Hub:Security:MtlsPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Hub:Security:ServerCertificatePath", TestCertificates.WritePfx(_server, _folder))
            .With("Hub:Security:ServerCertificatePassword", "pw")
            .With("Hub:Audit:SigningKeyPath", WriteSigningKey())
            .With("Hub:Customs:SigningCertificatePath", TestCertificates.WritePfx(_server, _folder))
            .With("Hub:Customs:SigningCertificatePassword", "pw")
            .With("Hub:Privacy:PseudonymKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
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

    private string WriteSigningKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var path = Path.Combine(_folder, "audit-signing.pem");
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        return path;
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

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
