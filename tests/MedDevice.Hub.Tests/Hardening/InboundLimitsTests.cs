using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedDevice.Hub.Tests.Hardening;

/// <summary>The shared limits through real Kestrel: oversize bodies and deep or broken JSON get coded answers.</summary>
public sealed class InboundLimitsTests : IAsyncLifetime
{
    private const string Key = "limits-key";
    private const int MaxBodyBytes = 64 * 1024;
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new HubFactory()
            .With("urls", "http://127.0.0.1:0")
            .With("Hub:Inbound:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Hub:Http:RequestTimeoutSeconds", "2")
            .With("Hub:Partners:0:Id", "moh-registry").With("Hub:Partners:0:ApiKey", Key).With("Hub:Partners:0:Feeds:0", "registry.device");
        _factory.UseKestrel();
        _factory.StartServer();
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_BodyOverKestrelLimit_Returns413ProblemAndQuarantines(bool chunked)
    {
        var body = DeviceJson.WithUdi("08717648200274", new string('x', MaxBodyBytes * 3));

        using var response = await PostAsync(new StringContent(body, Encoding.UTF8, "application/fhir+json"), chunked);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CodeAsync(response)).ShouldBe("HUB-IN-413");
        (await _factory.Services.GetRequiredService<MessageStore>().CountQuarantinedAsync("moh-registry", CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task Post_BodyAtLimit_IsNotRefusedAsTooLarge()
    {
        var padding = MaxBodyBytes - Encoding.UTF8.GetByteCount(DeviceJson.WithUdi("08717648200274", ""));
        var body = DeviceJson.WithUdi("08717648200274", new string('x', padding));

        using var response = await PostAsync(new StringContent(body, Encoding.UTF8, "application/fhir+json"), chunked: false);

        Encoding.UTF8.GetByteCount(body).ShouldBe(MaxBodyBytes);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(5_000)]
    public async Task Post_JsonDeeperThanLimit_Returns422WithFeedCode(int depth)
    {
        var nested = string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));
        var body = $$"""{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"1"}],"extension":[{"url":"x","valueString":{{nested}}}]}""";

        using var response = await PostAsync(new StringContent(body, Encoding.UTF8, "application/fhir+json"), chunked: false);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ErrorCodeAsync(response)).ShouldBe("FEED-REG-001");
    }

    [Fact]
    public async Task Post_InvalidUtf8InString_Returns422WithFeedCode()
    {
        byte[] body = [.. """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"0871"""u8, 0xC0, 0xAF, .. "\"}]}"u8];

        using var response = await PostAsync(new ByteArrayContent(body), chunked: false);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ErrorCodeAsync(response)).ShouldBe("FEED-REG-001");
    }

    [Fact]
    public async Task Post_UnexpectedArrayForPrimitive_Returns422WithFeedCode()
    {
        const string body = """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"1"}],"status":["active"]}""";

        using var response = await PostAsync(new StringContent(body, Encoding.UTF8, "application/fhir+json"), chunked: false);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ErrorCodeAsync(response)).ShouldBe("FEED-REG-001");
    }

    [Fact]
    public void RequestTimeouts_Configured_DefaultPolicyUsesConfiguredSecondsAnd504()
    {
        var policy = _factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.DefaultPolicy!;

        policy.Timeout.ShouldBe(TimeSpan.FromSeconds(2));
        policy.TimeoutStatusCode.ShouldBe(StatusCodes.Status504GatewayTimeout);
    }

    [Fact]
    public void Kestrel_Configured_LimitsFollowSettings()
    {
        var limits = _factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        limits.MaxRequestBodySize.ShouldBe(MaxBodyBytes);
        limits.RequestHeadersTimeout.ShouldBe(TimeSpan.FromSeconds(15));
        limits.MaxRequestHeadersTotalSize.ShouldBe(32 * 1024);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, bool chunked, CancellationToken token = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/inbound/registry.device", UriKind.Relative)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + Key);
        request.Headers.Add("Idempotency-Key", "limit-" + Guid.NewGuid().ToString("N"));
        request.Headers.TransferEncodingChunked = chunked;
        return await _client.SendAsync(request, token);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString();
}
