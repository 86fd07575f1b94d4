using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Net.Client;
using MedDevice.Identity.V1;
using MedDevice.Sandbox.Chaos;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Sandbox.Tests.Hosting;

/// <summary>The standalone sandbox: configured from its <c>Sandbox</c> section (here the command line), gRPC over h2c on loopback.</summary>
public sealed class StandaloneSandboxTests
{
    [Fact]
    public async Task Build_CommandLineSettings_ServesGrpcOverCleartextHttp2OnTheConfiguredPort()
    {
        var port = FreePort();
        await using var app = SandboxHost.Build([$"--Sandbox:Url=http://127.0.0.1:{port}", "--Sandbox:Identity:Organizations=100"]);
        await app.StartAsync();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        var client = new IdentityVerification.IdentityVerificationClient(channel);

        var answer = await client.VerifyOrganizationAsync(new VerifyOrganizationRequest
        {
            Context = new RequestContext { RequestingPartner = "test", Purpose = "smoke", LegalBasis = "test", RequestId = "1" },
            TaxCode = SyntheticOrganizations.Get(1).TaxCode,
        }, deadline: DateTime.UtcNow.AddSeconds(10));

        answer.RegisteredName.ShouldBe(SyntheticOrganizations.Get(1).Name);
        SandboxHost.Address(app).Port.ShouldBe(port);
        await app.StopAsync();
    }

    [Fact]
    public async Task Chaos_FailureRateOne_EveryCallFailsWithTheConfiguredStatus()
    {
        await using var app = SandboxHost.Build(new SandboxOptions
        {
            Url = "http://127.0.0.1:0",
            Identity = new IdentitySandboxOptions { FailureRate = 1, FailureStatus = StatusCode.ResourceExhausted, Organizations = 10 },
        });
        await app.StartAsync();
        using var channel = GrpcChannel.ForAddress(SandboxHost.Address(app));
        var client = new IdentityVerification.IdentityVerificationClient(channel);

        for (var i = 0; i < 3; i++)
        {
            var error = await Should.ThrowAsync<RpcException>(async () => await client.VerifyOrganizationAsync(new VerifyOrganizationRequest
            {
                Context = new RequestContext { RequestingPartner = "test", Purpose = "smoke", LegalBasis = "test", RequestId = "1" },
                TaxCode = SyntheticOrganizations.Get(1).TaxCode,
            }, deadline: DateTime.UtcNow.AddSeconds(10)));
            error.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        }

        var statistics = app.Services.GetRequiredService<SandboxStatistics>();
        statistics.Calls.ShouldBe(3);
        statistics.InjectedFailures.ShouldBe(3);
        await app.StopAsync();
    }

    [Fact]
    public void Build_HttpsWithoutCertificate_RefusesToStart()
    {
        Should.Throw<InvalidOperationException>(() => SandboxHost.Build(new SandboxOptions { Url = "https://127.0.0.1:0" }))
            .Message.ShouldContain("CertificatePath");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
