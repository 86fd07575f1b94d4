using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Security;

/// <summary>Partners managed at run time: the key is shown once, works at once, rotates and can be disabled.</summary>
public sealed class PartnerAdminTests
{
    [Fact]
    public async Task AddRotateDisable_KeyLifecycle_TakesEffectImmediately()
    {
        await using var factory = new HubFactory().With("Hub:Partners:0:Id", "ops").With("Hub:Partners:0:ApiKey", "ops-key").With("Hub:Partners:0:Roles:0", "admin");
        using var client = factory.CreateClient();
        await HubFactory.WaitReadyAsync(client);

        using var added = await SendAsync(client, HttpMethod.Post, "/api/v1/admin/partners", "ops-key",
            JsonContent.Create(new { id = "vn-shop", roles = new[] { "ecommerce" }, feeds = new[] { "registry.device" } }));
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var key = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        (await PostDeviceAsync(client, key, "m1")).ShouldBe(HttpStatusCode.Accepted);

        using var rotated = await SendAsync(client, HttpMethod.Post, "/api/v1/admin/partners/vn-shop/rotate-key", "ops-key", null);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        (await PostDeviceAsync(client, key, "m2")).ShouldBe(HttpStatusCode.Unauthorized);
        (await PostDeviceAsync(client, newKey, "m3")).ShouldBe(HttpStatusCode.Accepted);

        using var disabled = await SendAsync(client, HttpMethod.Post, "/api/v1/admin/partners/vn-shop/disable", "ops-key", null);
        disabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostDeviceAsync(client, newKey, "m4")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Add_ConfiguredId_IsRefused()
    {
        await using var factory = new HubFactory().With("Hub:Partners:0:Id", "ops").With("Hub:Partners:0:ApiKey", "ops-key").With("Hub:Partners:0:Roles:0", "admin");
        using var client = factory.CreateClient();
        await HubFactory.WaitReadyAsync(client);

        using var response = await SendAsync(client, HttpMethod.Post, "/api/v1/admin/partners", "ops-key", JsonContent.Create(new { id = "ops" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<HttpStatusCode> PostDeviceAsync(HttpClient client, string key, string messageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/registry.device")
        {
            Content = new StringContent(DeviceJson.WithUdi("08717648200274"), Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", messageId);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string key, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        return await client.SendAsync(request);
    }

}
