using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Adapters.Resilience;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Adapters.Identity.Tests.Tls;

/// <summary>TLS to the identity service: the configured client certificate is presented, the server certificate is pinned.</summary>
public sealed class TlsTests : IAsyncLifetime
{
    private readonly Certificates _certificates = new();
    private (string Path, string Sha256) _server;
    private (string Path, string Sha256) _client;
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _server = _certificates.Create("identity-sandbox", server: true);
        _client = _certificates.Create("meddevice-hub", server: false);
        _sandbox = await SandboxServer.StartAsync(o =>
        {
            o.Url = "https://127.0.0.1:0";
            o.CertificatePath = _server.Path;
            o.CertificatePassword = "pw";
            o.RequireClientCertificate = true;
        });
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _certificates.Dispose();
    }

    [Fact]
    public async Task Verify_ClientCertificateAndPinnedServer_Answers()
    {
        using var adapter = Adapter(clientCertificate: true, pin: _server.Sha256);

        var result = await VerifyAsync(adapter);

        result.Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Verify_NoClientCertificate_RefusedByServerNoVerdict()
    {
        using var adapter = Adapter(clientCertificate: false, pin: _server.Sha256);

        var result = await VerifyAsync(adapter);

        result.Failure.ShouldNotBeNull().Kind.ShouldBe(AdapterFailureKind.Unavailable);
        _sandbox.Statistics.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Verify_ServerCertificateNotThePinnedOne_NoConnectionNoVerdict()
    {
        using var adapter = Adapter(clientCertificate: true, pin: _client.Sha256);

        var result = await VerifyAsync(adapter);

        result.Failure.ShouldNotBeNull().Kind.ShouldBe(AdapterFailureKind.Unavailable);
        _sandbox.Statistics.Calls.ShouldBe(0);
    }

    private IdentityAdapter Adapter(bool clientCertificate, string pin) =>
        TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o =>
        {
            o.Retry.MaxAttempts = 2;
            o.ServerCertificateThumbprint = pin;
            if (clientCertificate)
            {
                o.ClientCertificatePath = _client.Path;
                o.ClientCertificatePassword = "pw";
            }
        }));

    private static Task<AdapterResult<OrganizationVerification>> VerifyAsync(IdentityAdapter adapter) =>
        adapter.VerifyOrganizationAsync(new OrganizationQuery(SyntheticOrganizations.Get(0).TaxCode), TestAdapters.Context);
}
