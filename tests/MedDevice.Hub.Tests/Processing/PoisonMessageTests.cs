using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Adapters.Inbound;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Tests.Processing;

/// <summary>
/// Rule 4 of the architecture: a message whose processing keeps throwing is retried with backoff on the injected clock
/// until <c>Hub:Processing:MaxAttempts</c>, then parked as a processing dead letter; the later messages of its key move
/// on, the dead letter is listed next to the delivery ones, and replay processes it once the fault is gone.
/// </summary>
public abstract class PoisonMessageTests
{
    private const int MaxAttempts = 3;

    /// <summary>Points the host at the database under test.</summary>
    protected abstract Task<HubFactory> CreateFactoryAsync(HubFactory factory);

    [Fact]
    public async Task PoisonMessage_ExhaustsBudget_IsParkedKeyMovesOnAndReplaySucceeds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var handler = new ScriptedFeedHandler();
        await using var factory = await CreateFactoryAsync(new HubFactory { Time = clock, TestServices = s => s.AddSingleton<IInboundFeed>(handler) }
            .With("Hub:Partners:0:Id", "lab").With("Hub:Partners:0:ApiKey", "k").With("Hub:Partners:0:Feeds:0", ScriptedFeedHandler.FeedName)
            .With("Hub:Partners:1:Id", "ops").With("Hub:Partners:1:ApiKey", "ops-key").With("Hub:Partners:1:Roles:0", "admin")
            .With("Hub:Processing:MaxAttempts", MaxAttempts.ToString(CultureInfo.InvariantCulture))
            .With("Hub:Processing:RetryDelay", "00:00:10").With("Hub:Processing:MaxRetryDelay", "00:01:00")
            .With("Hub:Processing:PollInterval", "00:00:00.020").With("Hub:Delivery:JitterSeed", "7"));
        using var client = factory.CreateClient();
        await HubFactory.WaitReadyAsync(client);

        var poison = await PostAsync(client, "m-1", ScriptedFeedHandler.Body("K", 1, poison: true));
        var second = await PostAsync(client, "m-2", ScriptedFeedHandler.Body("K", 2));
        var third = await PostAsync(client, "m-3", ScriptedFeedHandler.Body("K", 3));
        (await handler.WaitUntilAsync(h => h.PoisonAttempts == 1)).ShouldBeTrue("the poison message is tried at once");
        (await StateAsync(client, second)).ShouldBe("received", "a later message of the key waits behind the head");

        for (var attempt = 2; attempt <= MaxAttempts; attempt++)
        {
            // Every retry is due within MaxRetryDelay; nothing retries until the fake clock gets there.
            clock.Advance(TimeSpan.FromMinutes(2));
            (await handler.WaitUntilAsync(h => h.PoisonAttempts == attempt)).ShouldBeTrue($"attempt {attempt} follows the clock");
        }

        (await handler.WaitUntilAsync(h => h.Processed.Count == 2)).ShouldBeTrue("the key moves on once the budget is spent");
        handler.Processed.ShouldBe([2, 3]);
        handler.PoisonAttempts.ShouldBe(MaxAttempts);
        (await StatusBecomesAsync(client, poison, "dead")).ShouldBe("dead");
        (await StatusBecomesAsync(client, third, "processed")).ShouldBe("processed");

        var dlq = await AdminGetAsync(client, "/api/v1/admin/dlq");
        dlq.GetProperty("processing").GetProperty("count").GetInt64().ShouldBe(1);
        var parked = dlq.GetProperty("processing").GetProperty("items")[0];
        parked.GetProperty("stage").GetString().ShouldBe("processing");
        parked.GetProperty("hubMessageId").GetString().ShouldBe(poison);
        parked.GetProperty("attempts").GetInt32().ShouldBe(MaxAttempts);
        parked.GetProperty("errorCode").GetString().ShouldBe("HUB-PROC-003");
        parked.GetProperty("lastError").GetString()!.ShouldContain("injected fault in message 1");
        var id = parked.GetProperty("id").GetInt64();
        (await AdminGetAsync(client, "/api/v1/admin/dlq?stage=processing")).GetProperty("items")[0].GetProperty("id").GetInt64().ShouldBe(id);
        (await AdminGetAsync(client, $"/api/v1/admin/dlq/processing/{id}")).GetProperty("hubMessageId").GetString().ShouldBe(poison);

        handler.Faulty = false;
        using (var replay = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/dlq/replay")
        {
            Content = JsonContent.Create(new { stage = "processing", ids = new[] { id } }),
        })
        {
            replay.Headers.TryAddWithoutValidation("Authorization", "ApiKey ops-key");
            using var replayed = await client.SendAsync(replay);
            replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32().ShouldBe(1);
        }

        (await handler.WaitUntilAsync(h => h.Processed.Count == 3)).ShouldBeTrue("the replayed message is processed");
        handler.Processed.ShouldBe([2, 3, 1]);
        (await StatusBecomesAsync(client, poison, "processed")).ShouldBe("processed");
        (await AdminGetAsync(client, "/api/v1/admin/dlq")).GetProperty("processing").GetProperty("count").GetInt64().ShouldBe(0);
    }

    private static async Task<string> PostAsync(HttpClient client, string key, string body)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inbound/{ScriptedFeedHandler.FeedName}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        post.Headers.TryAddWithoutValidation("Authorization", "ApiKey k");
        post.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        using var accepted = await client.SendAsync(post);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()!;
    }

    private static async Task<string> StateAsync(HttpClient client, string hubMessageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/messages/{hubMessageId}");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey ops-key");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }

    /// <summary>The handler sees a message before its result commits: waits (bounded) for the stored status.</summary>
    private static Task<string> StatusBecomesAsync(HttpClient client, string hubMessageId, string expected) =>
        Eventually.UntilAsync(() => StateAsync(client, hubMessageId), status => status == expected, $"message {hubMessageId} {expected}");

    private static async Task<JsonElement> AdminGetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey ops-key");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
