using System.Net;
using System.Security.Cryptography;
using System.Text;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Audit;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Audit;

/// <summary>Denials and admin calls through the real host end up in a verifiable audit chain.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), $"audit-key-{Guid.NewGuid():N}.pem");
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_keyFile, _key.ExportPkcs8PrivateKeyPem());
        _factory = new HubFactory()
            .With("Hub:Partners:0:Id", "moh-registry").With("Hub:Partners:0:ApiKey", "registry-key").With("Hub:Partners:0:Feeds:0", "registry.device")
            .With("Hub:Partners:1:Id", "ops").With("Hub:Partners:1:ApiKey", "ops-key").With("Hub:Partners:1:Roles:0", "admin")
            .With("Hub:Partners:2:Id", "shop").With("Hub:Partners:2:ApiKey", "shop-key").With("Hub:Partners:2:Feeds:0", "ecommerce.listing")
            .With("Hub:Audit:SigningKeyPath", _keyFile).With("Hub:Audit:CheckpointEvery", "2");
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _key.Dispose();
        File.Delete(_keyFile);
    }

    [Fact]
    public async Task Inbound_UnknownKey_RecordsAnonymousDenial()
    {
        using var response = await PostAsync("registry.device", "wrong-key");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var entry = (await EntriesAsync()).ShouldHaveSingleItem();
        entry.Actor.ShouldBe(AuditActors.Anonymous);
        entry.Action.ShouldBe(AuditActions.InboundDeny);
        entry.Target.ShouldBe("registry.device");
        entry.Outcome.ShouldBe(AuditOutcomes.Denied);
        entry.DetailsHash.ShouldBe(AuditDetails.Hash([new("status", "401"), new("code", "HUB-IN-401")]));
    }

    [Fact]
    public async Task Inbound_FeedNotAllowed_RecordsPartnerDenial()
    {
        using var response = await PostAsync("registry.device", "shop-key");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var entry = (await EntriesAsync()).ShouldHaveSingleItem();
        entry.Actor.ShouldBe("shop");
        entry.Target.ShouldBe("registry.device");
        entry.Outcome.ShouldBe(AuditOutcomes.Denied);
    }

    [Fact]
    public async Task Inbound_IdempotencyKeyReusedWithOtherBody_RecordsConflictDenial()
    {
        using var first = await PostAsync("registry.device", "registry-key", DeviceJson.WithUdi("08717648200274"));
        using var replay = await PostAsync("registry.device", "registry-key", DeviceJson.WithUdi("08717648200274", "Other"));

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        replay.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var entry = (await EntriesAsync()).ShouldHaveSingleItem();
        entry.Actor.ShouldBe("moh-registry");
        entry.DetailsHash.ShouldBe(AuditDetails.Hash([new("status", "409"), new("code", "HUB-IN-409")]));
    }

    [Fact]
    public async Task Admin_CallsAllowedAndDenied_AreRecordedAndChainVerifiesWithSignedCheckpoint()
    {
        using var allowed = await SendAdminAsync("ops-key");
        using var denied = await SendAdminAsync("registry-key");

        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var entries = await EntriesAsync();
        entries.Select(e => (e.Actor, e.Action, e.Outcome)).ShouldBe([
            ("ops", "admin.queues", AuditOutcomes.Allowed),
            ("moh-registry", "admin.queues", AuditOutcomes.Denied),
        ]);
        var result = await _factory.Services.GetRequiredService<AuditStore>().VerifyAsync(
            new HashSet<string>(StringComparer.Ordinal) { Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo()) }, CancellationToken.None);
        result.Intact.ShouldBeTrue(result.FirstBreak?.Detail);
        result.CheckpointsVerified.ShouldBe(1);
    }

    [Fact]
    public async Task CheckpointAsync_OnDemand_IsSignedWithConfiguredKey()
    {
        using var response = await PostAsync("registry.device", "wrong-key");

        var checkpoint = await _factory.Services.GetRequiredService<IAuditTrail>().CheckpointAsync();

        checkpoint.ShouldNotBeNull();
        checkpoint.Status.ShouldBe(AuditCheckpointStatus.SignedStatus);
        checkpoint.PublicKey.ShouldBe(Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo()));
    }

    private Task<IReadOnlyList<AuditEntry>> EntriesAsync() =>
        _factory.Services.GetRequiredService<AuditStore>().ReadEntriesAsync(CancellationToken.None);

    private async Task<HttpResponseMessage> SendAdminAsync(string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/queues");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        return await _client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostAsync(string feed, string apiKey, string body = "{\"resourceType\":\"Device\"}")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inbound/{feed}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "m-1");
        return await _client.SendAsync(request);
    }
}
