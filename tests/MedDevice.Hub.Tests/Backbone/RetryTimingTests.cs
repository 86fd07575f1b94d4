using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Tests.Backbone;

/// <summary>Retry times follow the policy and the injected clock: no retry happens before the fake clock reaches it.</summary>
public sealed class RetryTimingTests
{
    private const int Seed = 42;

    [Fact]
    public async Task TransientFailure_RetriesExactlyAtPolicyTime_OnFakeClock()
    {
        var start = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var sink = await LoopbackSink.StartAsync();
        sink.Respond = _ => 503;
        await using var factory = new HubFactory { Time = clock }
            .With("Hub:Partners:0:Id", "moh").With("Hub:Partners:0:ApiKey", "k").With("Hub:Partners:0:Feeds:0", "registry.device")
            .With("Hub:Subscribers:0:Id", "s").With("Hub:Subscribers:0:Endpoint", sink.Endpoint).With("Hub:Subscribers:0:Topics:0", "*")
            .With("Hub:Subscribers:0:MaxAttempts", "5")
            .With("Hub:Delivery:PollInterval", "00:00:00.020").With("Hub:Processing:PollInterval", "00:00:00.020")
            .With("Hub:Delivery:Retry:BaseDelay", "00:00:10").With("Hub:Delivery:Retry:MaxDelay", "00:05:00")
            .With("Hub:Delivery:JitterSeed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var client = factory.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/registry.device")
        {
            Content = new StringContent(DeviceJson.WithUdi("08717648200274"), Encoding.UTF8, "application/fhir+json"),
        };
        post.Headers.TryAddWithoutValidation("Authorization", "ApiKey k");
        post.Headers.TryAddWithoutValidation("Idempotency-Key", "m-1");
        using var accepted = await client.SendAsync(post);
        var hubId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()!;

        (await sink.WaitUntilAsync(r => r.Count >= 1, TimeSpan.FromSeconds(20))).ShouldBeTrue();
        var firstRetry = DateTimeOffset.FromUnixTimeMilliseconds(
            (start + BackoffCalculator.FullJitter(1, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), new Random(Seed).NextDouble())).ToUnixTimeMilliseconds());
        (await NextAttemptAsync(client, hubId)).ShouldBe(firstRetry);

        clock.SetUtcNow(firstRetry - TimeSpan.FromMilliseconds(1));
        (await sink.WaitUntilAsync(r => r.Count >= 2, TimeSpan.FromMilliseconds(500))).ShouldBeFalse();
        clock.SetUtcNow(firstRetry);
        (await sink.WaitUntilAsync(r => r.Count >= 2, TimeSpan.FromSeconds(20))).ShouldBeTrue();
    }

    private static async Task<DateTimeOffset?> NextAttemptAsync(HttpClient client, string hubId)
    {
        for (var i = 0; i < 200; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/messages/{hubId}");
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey k");
            using var response = await client.SendAsync(request);
            var status = await response.Content.ReadFromJsonAsync<JsonElement>();
            var delivery = status.GetProperty("deliveries")[0];
            if (delivery.GetProperty("state").GetString() == "retrying")
            {
                return DateTimeOffset.Parse(delivery.GetProperty("nextAttemptAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            }

            await Task.Delay(25);
        }

        return null;
    }
}
