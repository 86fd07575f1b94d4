using System.Net;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Hub.Tests.Verification;
using MedDevice.Hub.Verification;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Registry;

/// <summary>
/// A registry message naming a holder: the device is stored, its holder is verified against the identity sandbox
/// in the background, the verdict joins the device's Provenance, and an unverified holder raises <c>actor.unverified</c>.
/// </summary>
public sealed class HolderVerificationTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-holder-").FullName;
    private IdentitySandbox _sandbox = null!;
    private LoopbackSink _sink = null!;
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await IdentitySandbox.StartAsync();
        _sink = await LoopbackSink.StartAsync();
        _factory = new HubFactory()
            .With("Hub:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "hub.db")}")
            .With("Hub:Adapters:Identity:Endpoint", _sandbox.Address.ToString())
            .With("Hub:Verification:PollInterval", "00:00:00.050")
            .With("Hub:Processing:PollInterval", "00:00:00.050")
            .With("Hub:Delivery:PollInterval", "00:00:00.050")
            .With("Hub:Subscribers:0:Id", "alerts").With("Hub:Subscribers:0:Endpoint", _sink.Endpoint)
            .With("Hub:Subscribers:0:Topics:0", ActorUnverifiedFeedHandler.Topic).With("Hub:Subscribers:0:Secret", "s3cret")
            .With("Hub:Partners:0:Id", "moh").With("Hub:Partners:0:ApiKey", "moh-key").With("Hub:Partners:0:Feeds:0", "registry.device");
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _sink.DisposeAsync();
        await _sandbox.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task RegistryMessage_SuspendedAndActiveHolders_VerdictsInProvenanceAndOneAlert()
    {
        var suspended = SyntheticOrganizations.Take(100).First(o => o.Status == SyntheticOrganizationStatus.Suspended);
        var active = SyntheticOrganizations.Get(0);
        await PostAsync("m-1", "08717648200274", suspended);
        await PostAsync("m-2", "08717648200281", active);

        var suspendedJourney = await WaitForVerdictAsync("http://hl7.org/fhir/NamingSystem/gs1-di|08717648200274");
        var activeJourney = await WaitForVerdictAsync("http://hl7.org/fhir/NamingSystem/gs1-di|08717648200281");

        suspendedJourney.Select(p => p.Activity).ShouldBe([ProvenanceActivities.Registered, HolderVerificationProvenance.Activity]);
        Encoding.UTF8.GetString(suspendedJourney[1].Resource).ShouldContain("holder suspended");
        Encoding.UTF8.GetString(activeJourney[1].Resource).ShouldContain("holder active");
        // Both verdicts are recorded, and an alert is committed with its verdict: once the backbone settles, every alert was sent.
        var queues = await BackboneQueues.UntilSettledAsync(_factory.Services);
        queues.ShouldHaveSingleItem().Delivered.ShouldBe(1);
        var alert = _sink.Requests.ShouldHaveSingleItem();
        JsonDocument.Parse(alert.Body).RootElement.GetProperty("outcome").GetString().ShouldBe("suspended");
    }

    private async Task PostAsync(string key, string di, SyntheticOrganization holder)
    {
        var body = $$"""
            {"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"{{di}}","issuer":"http://hl7.org/fhir/NamingSystem/gs1-di"}],
             "status":"active","deviceName":[{"name":"Máy thở","type":"user-friendly-name"}],
             "owner":{"identifier":{"system":"https://fhir.meddevice.gov.vn/NamingSystem/tax-code","value":"{{holder.TaxCode}}"},"display":"{{holder.Name}}"} }
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/registry.device") { Content = new StringContent(body, Encoding.UTF8, "application/fhir+json") };
        request.Headers.Add("Authorization", "ApiKey moh-key");
        request.Headers.Add("Idempotency-Key", key);
        (await _client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    private Task<IReadOnlyList<ProvenanceRecord>> WaitForVerdictAsync(string udiDiKey)
    {
        var registry = _factory.Services.GetRequiredService<RegistryStore>();
        var provenance = _factory.Services.GetRequiredService<ProvenanceStore>();
        return Eventually.UntilAsync<IReadOnlyList<ProvenanceRecord>>(async () =>
        {
            if (await registry.FindByBusinessKeyAsync(udiDiKey, null, CancellationToken.None) is not { } device)
            {
                return null;
            }

            var journey = await provenance.ForTargetAsync(device.Id, 10, CancellationToken.None);
            return journey.Any(p => p.Activity == HolderVerificationProvenance.Activity) ? journey : null;
        }, $"a holder verdict for {udiDiKey}", Bound);
    }
}
