using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Backbone;

/// <summary>The inbound contract exactly as partners rely on it, through the real HTTP pipeline.</summary>
public sealed class InboundContractTests : IAsyncLifetime
{
    private const string Key = "registry-key";
    private LoopbackSink _sink = null!;
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _sink = await LoopbackSink.StartAsync();
        _factory = new HubFactory()
            .With("Hub:Partners:0:Id", "moh-registry").With("Hub:Partners:0:ApiKey", Key).With("Hub:Partners:0:Feeds:0", "registry.device")
            .With("Hub:Partners:1:Id", "shop").With("Hub:Partners:1:ApiKey", "shop-key").With("Hub:Partners:1:Feeds:0", "ecommerce.listing")
            .With("Hub:Partners:2:Id", "ops").With("Hub:Partners:2:ApiKey", "ops-key").With("Hub:Partners:2:Roles:0", "admin")
            .With("Hub:Subscribers:0:Id", "sink-a").With("Hub:Subscribers:0:Endpoint", _sink.Endpoint)
            .With("Hub:Subscribers:0:Topics:0", "*").With("Hub:Subscribers:0:Secret", "s3cret").With("Hub:Subscribers:0:MaxAttempts", "3")
            .With("Hub:Delivery:PollInterval", "00:00:00.050").With("Hub:Processing:PollInterval", "00:00:00.050")
            .With("Hub:Delivery:Retry:BaseDelay", "00:00:00.050").With("Hub:Delivery:Retry:MaxDelay", "00:00:00.200");
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Post_NewMessage_Returns202ReceiptAndDeliversSignedResource()
    {
        var body = DeviceJson.WithUdi("08717648200274");

        using var response = await PostAsync("registry.device", Key, "msg-1", body);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        receipt.GetProperty("status").GetString().ShouldBe("received");
        var hubId = receipt.GetProperty("hubMessageId").GetString()!;
        await _sink.UntilAsync(r => r.Count >= 1, "a delivery at the sink");
        var delivered = _sink.Requests.Single();
        delivered.Body.ShouldBe(body);
        delivered.Headers["Idempotency-Key"].ShouldBe($"{hubId}:sink-a");
        delivered.Headers["X-Hub-Topic"].ShouldBe("device.registered");
        delivered.Headers["X-Hub-Message-Id"].ShouldBe(hubId);
        delivered.Headers["X-Hub-Signature"].ShouldBe("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), Encoding.UTF8.GetBytes(body))));
    }

    [Fact]
    public async Task Post_SameKeySameBody_Returns200WithOriginalReceipt()
    {
        var body = DeviceJson.WithUdi("08717648200274");
        using var first = await PostAsync("registry.device", Key, "msg-1", body);
        using var again = await PostAsync("registry.device", Key, "msg-1", body);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()
            .ShouldBe((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString());
    }

    [Fact]
    public async Task Post_SameKeyOtherBody_Returns409()
    {
        using var first = await PostAsync("registry.device", Key, "msg-1", DeviceJson.WithUdi("08717648200274"));
        using var conflict = await PostAsync("registry.device", Key, "msg-1", DeviceJson.WithUdi("08717648200281"));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemCodeAsync(conflict)).ShouldBe("HUB-IN-409");
    }

    [Theory]
    [InlineData("registry.device", null, "m", HttpStatusCode.Unauthorized, "HUB-IN-401")]
    [InlineData("registry.device", "wrong", "m", HttpStatusCode.Unauthorized, "HUB-IN-401")]
    [InlineData("no.such.feed", Key, "m", HttpStatusCode.NotFound, "HUB-IN-404")]
    [InlineData("registry.device", "shop-key", "m", HttpStatusCode.Forbidden, "HUB-IN-403")]
    [InlineData("registry.device", Key, null, HttpStatusCode.BadRequest, "HUB-IN-400")]
    public async Task Post_Refused_AnswersCodedProblem(string feed, string? apiKey, string? messageId, HttpStatusCode expected, string code)
    {
        using var response = await PostAsync(feed, apiKey, messageId, DeviceJson.WithUdi("08717648200274"));

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ProblemCodeAsync(response)).ShouldBe(code);
    }

    [Theory]
    [InlineData("{not json", "FEED-REG-001")]
    [InlineData("""{"resourceType":"Patient"}""", "FEED-REG-002")]
    [InlineData("""{"resourceType":"Device","status":"active"}""", "FEED-REG-003")]
    public async Task Post_InvalidPayload_Returns422AndQuarantinesRawBody(string body, string feedCode)
    {
        using var response = await PostAsync("registry.device", Key, "bad-1", body);

        response.StatusCode.ShouldBe((HttpStatusCode)422);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("HUB-IN-422");
        problem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe(feedCode);
        var store = _factory.Services.GetRequiredService<MedDevice.Hub.Storage.Messaging.MessageStore>();
        (await store.CountQuarantinedAsync("moh-registry", CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task Post_ForbiddenFeed_QuarantinesWithReason()
    {
        using var response = await PostAsync("registry.device", "shop-key", "x-1", "{}");
        var store = _factory.Services.GetRequiredService<MedDevice.Hub.Storage.Messaging.MessageStore>();

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await store.CountQuarantinedAsync("shop", CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task Deliver_PermanentError_DeadLettersThenReplayDelivers()
    {
        _sink.Respond = _ => 400;
        using var posted = await PostAsync("registry.device", Key, "msg-dead", DeviceJson.WithUdi("08717648200274"));
        var hubId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()!;
        await MessageDeliveries.UntilFirstInStateAsync(_client, Key, hubId, "dead");
        _sink.Requests.Count.ShouldBe(1);

        _sink.Respond = _ => 200;
        using var replay = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/dlq/replay") { Content = JsonContent.Create(new { subscriberId = "sink-a" }) };
        replay.Headers.TryAddWithoutValidation("Authorization", "ApiKey ops-key");
        using var replayed = await _client.SendAsync(replay);

        replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32().ShouldBe(1);
        await MessageDeliveries.UntilFirstInStateAsync(_client, Key, hubId, "delivered");
    }

    [Fact]
    public async Task Deliver_TransientErrors_RetriesThenDeadLettersAfterBudget()
    {
        _sink.Respond = _ => 503;
        using var posted = await PostAsync("registry.device", Key, "msg-503", DeviceJson.WithUdi("08717648200274"));
        var hubId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()!;

        await MessageDeliveries.UntilFirstInStateAsync(_client, Key, hubId, "dead");
        _sink.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AdminQueues_WithoutAdminRole_Returns403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/queues");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + Key);

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpResponseMessage> PostAsync(string feed, string? apiKey, string? messageId, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inbound/{feed}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/fhir+json"),
        };
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        }

        if (messageId is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", messageId);
        }

        return await _client.SendAsync(request);
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

}
