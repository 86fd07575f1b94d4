using System.Net;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Partner_OverItsRate_Gets429WithRetryAfter_OtherPartnerUnaffected()
    {
        await using var factory = new HubFactory()
            .With("Hub:Partners:0:Id", "slow").With("Hub:Partners:0:ApiKey", "slow-key").With("Hub:Partners:0:RateLimitPerSecond", "5")
            .With("Hub:Partners:1:Id", "ops").With("Hub:Partners:1:ApiKey", "ops-key").With("Hub:Partners:1:Roles:0", "admin");
        using var client = factory.CreateClient();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add(await GetAsync(client, "slow-key", "/api/v1/messages/x"));
        }

        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.Count.ShouldBeGreaterThan(0);
        limited[0].Headers.RetryAfter.ShouldNotBeNull();
        limited[0].Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await GetAsync(client, "ops-key", "/api/v1/admin/queues")).StatusCode.ShouldBe(HttpStatusCode.OK);
        statuses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task CustomsPartner_OverItsRate_Gets429SoapFaultWithRetryAfter()
    {
        await using var factory = new HubFactory()
            .With("Hub:Partners:0:Id", "vn-customs").With("Hub:Partners:0:ApiKey", "customs-key").With("Hub:Partners:0:Roles:0", "customs")
            .With("Hub:Partners:0:RateLimitPerSecond", "5");
        using var client = factory.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/soap/customs") { Content = new StringContent("<x/>", System.Text.Encoding.UTF8, "text/xml") };
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey customs-key");
            responses.Add(await client.SendAsync(request));
        }

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.Count.ShouldBeGreaterThan(0);
        limited[0].Headers.RetryAfter.ShouldNotBeNull();
        var fault = MedDevice.Adapters.Customs.Reply.ReplyReader.Read(await limited[0].Content.ReadAsByteArrayAsync());
        fault.FaultDetailCode.ShouldBe(MedDevice.Adapters.Customs.Faults.CustomsFaultCodes.Throttled);
        fault.FaultCode.ShouldBe("soap:Server");
        responses.ForEach(r => r.Dispose());
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        return await client.SendAsync(request);
    }
}
