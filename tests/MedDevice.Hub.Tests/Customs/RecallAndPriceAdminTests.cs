using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>The admin API for recalls and reference prices: operators only, coded problems for bad input.</summary>
public sealed class RecallAndPriceAdminTests : IAsyncLifetime
{
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new HubFactory()
            .With("Hub:Partners:0:Id", "ops").With("Hub:Partners:0:ApiKey", "ops-key").With("Hub:Partners:0:Roles:0", "admin")
            .With("Hub:Partners:1:Id", "vn-customs").With("Hub:Partners:1:ApiKey", "customs-key").With("Hub:Partners:1:Roles:0", "customs");
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Recalls_AddedByOperator_ListedWithTheirKeyAndFilteredByDevice()
    {
        using var lot = await PostAsync("/api/v1/admin/recalls", "ops-key", new { udiDi = "08930000000033", lot = "R003", reason = "Bóng rò rỉ", since = "2026-02-01T00:00:00Z" });
        using var all = await PostAsync("/api/v1/admin/recalls", "ops-key", new { udiDi = "A999ABC123DE0", issuer = "hibcc", reason = "Every lot" });

        lot.StatusCode.ShouldBe(HttpStatusCode.Created);
        all.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await Json(lot);
        created.GetProperty("udiDiKey").GetString().ShouldBe("http://hl7.org/fhir/NamingSystem/gs1-di|08930000000033");
        created.GetProperty("recordedBy").GetString().ShouldBe("ops");
        var listed = await GetAsync("/api/v1/admin/recalls?udiDi=08930000000033");
        listed.GetProperty("recalls").EnumerateArray().Select(r => r.GetProperty("lot").GetString()).ShouldBe(["R003"]);
        (await GetAsync("/api/v1/admin/recalls")).GetProperty("recalls").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"udiDi":"08930000000034","reason":"x"}""")]
    [InlineData("""{"udiDi":"08930000000033","issuer":"acme","reason":"x"}""")]
    [InlineData("""{"udiDi":"08930000000033"}""")]
    [InlineData("""{"udiDi":"08930000000033","reason":"x","lot":""}""")]
    public async Task Recalls_Invalid_400Problem(string body)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/recalls")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "Authorization", "ApiKey ops-key" } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await Json(response)).GetProperty("code").GetString().ShouldBe("HUB-RECALL-400");
    }

    [Fact]
    public async Task Prices_SetByUdiOrRegistrationNumber_LatestWinsCanonicalKey()
    {
        (await PostAsync("/api/v1/admin/prices", "ops-key", new { udiDi = "08930000000019", unitPriceVnd = 10_000_000, source = "registry" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync("/api/v1/admin/prices", "ops-key", new { udiDi = "08930000000019", unitPriceVnd = 9_000_000, source = "award" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var byNumber = await PostAsync("/api/v1/admin/prices", "ops-key", new { registrationNumber = "2500001 DKLH/BYT-HTTB", unitPriceVnd = 12_000_000 });

        (await Json(byNumber)).GetProperty("key").GetString().ShouldBe("2500001ĐKLH/BYT-HTTB");
        var prices = (await GetAsync("/api/v1/admin/prices")).GetProperty("prices").EnumerateArray().ToList();
        prices.Select(p => (p.GetProperty("key").GetString(), p.GetProperty("unitPriceVnd").GetInt64(), p.GetProperty("source").GetString())).ShouldBe(
        [
            ("2500001ĐKLH/BYT-HTTB", 12_000_000L, "operator"),
            ("http://hl7.org/fhir/NamingSystem/gs1-di|08930000000019", 9_000_000L, "award"),
        ]);
    }

    [Theory]
    [InlineData("""{"udiDi":"08930000000019","unitPriceVnd":0}""")]
    [InlineData("""{"udiDi":"08930000000019"}""")]
    [InlineData("""{"registrationNumber":"12/XYZ","unitPriceVnd":5}""")]
    [InlineData("""{"registrationNumber":"2500001ĐKLH/BYT-HTTB","udiDi":"08930000000019","unitPriceVnd":5}""")]
    public async Task Prices_Invalid_400Problem(string body)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/prices")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "Authorization", "ApiKey ops-key" } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("code").GetString().ShouldBe("HUB-PRICE-400");
    }

    [Theory]
    [InlineData("/api/v1/admin/recalls")]
    [InlineData("/api/v1/admin/prices")]
    public async Task AdminApi_CustomsPartner_403(string path)
    {
        using var response = await PostAsync(path, "customs-key", new { udiDi = "08930000000019", unitPriceVnd = 1, reason = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string key, object body) =>
        _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body), Headers = { { "Authorization", "ApiKey " + key } } });

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "Authorization", "ApiKey ops-key" } } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Json(response);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
