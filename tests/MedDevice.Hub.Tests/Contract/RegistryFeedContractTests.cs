using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Adapters.Testing.Partners;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>
/// The partner contract for the asynchronous <c>registry.device</c> feed (problem details over HTTP), against the real host
/// on a fake clock: a rolled-back message waits for its retry until the test moves the clock.
/// </summary>
public abstract class RegistryFeedContractTests : PartnerContractTests, IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly ArmableCommitFault _fault = new();
    private readonly ConcurrentDictionary<string, string> _udiOf = new(StringComparer.Ordinal);
    private HubFactory? _factory;
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("not started");

    /// <summary>Points the host at the database under test.</summary>
    protected abstract Task<HubFactory> UseDatabaseAsync(HubFactory factory);

    /// <summary>Drops the database, if the derived class made one.</summary>
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _factory = await UseDatabaseAsync(new HubFactory { Time = _clock, TestServices = s => s.AddSingleton<IPlanCommitObserver>(_fault) }
            .With("Hub:Partners:0:Id", "moh").With("Hub:Partners:0:ApiKey", "k").With("Hub:Partners:0:Feeds:0", "registry.device")
            .With("Hub:Partners:1:Id", "other").With("Hub:Partners:1:ApiKey", "other-key")
            .With("Hub:Partners:2:Id", "ops").With("Hub:Partners:2:ApiKey", "ops-key").With("Hub:Partners:2:Roles:0", "admin")
            .With("Hub:Processing:PollInterval", "00:00:00.020"));
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    protected override Task<PartnerAnswer> SendValidAsync(string messageId, PartnerCaller caller = PartnerCaller.Partner) =>
        PostAsync(messageId, DeviceJson.WithUdi(_udiOf.GetOrAdd(messageId, Gtin)), caller);

    protected override Task<PartnerAnswer> SendMalformedAsync(string messageId) => PostAsync(messageId, "{\"resourceType\":\"Device\",", PartnerCaller.Partner);

    protected override void ShouldBeRefusalInProtocol(PartnerAnswer answer, int status)
    {
        answer.Status.ShouldBe(status);
        answer.ContentType.ShouldBe("application/problem+json");
        JsonDocument.Parse(answer.Body).RootElement.GetProperty("code").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    protected override void ShouldBeTaken(PartnerAnswer answer) => answer.Status.ShouldBe(202);

    protected override void ShouldBeOriginalAnswer(PartnerAnswer first, PartnerAnswer repeat)
    {
        repeat.Status.ShouldBe(200);
        HubId(repeat).ShouldBe(HubId(first));
    }

    protected override async Task<IReadOnlyList<(string Code, string Reason)>> QuarantineAsync()
    {
        var dialect = _factory!.Services.GetRequiredService<SqlDialect>();
        await using var connection = await dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason_code, reason FROM quarantine WHERE partner_id = 'moh' ORDER BY id DESC";
        var rows = new List<(string, string)>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    protected override async Task SettleAsync(string messageId, PartnerAnswer answer) =>
        (await StatusBecomesAsync(HubId(answer), s => s.GetProperty("status").GetString() == "processed")).ShouldBeTrue();

    protected override async Task<bool> HasEffectsAsync(string messageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Device?udi-di={_udiOf[messageId]}&_summary=count");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey ops-key");
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32() > 0;
    }

    protected override async Task<bool> HasReceiptAsync(string messageId)
    {
        var status = await StatusAsync(_hubIdOf[messageId]);
        return status.GetProperty("status").GetString() == "processed";
    }

    protected override async Task<PartnerAnswer> SendValidWithFaultAsync(string messageId)
    {
        var struck = _fault.Arm();
        var answer = await SendValidAsync(messageId);
        ShouldBeTaken(answer);
        (await struck.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(HubId(answer));
        // The rolled-back attempt is recorded as a failed try (its error kept), due again only when the clock moves.
        (await StatusBecomesAsync(HubId(answer), s => s.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String)).ShouldBeTrue();
        return answer;
    }

    protected override async Task RecoverFromFaultAsync(string messageId, PartnerAnswer faulted)
    {
        _fault.Disarm();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await SettleAsync(messageId, faulted);
    }

    private readonly ConcurrentDictionary<string, string> _hubIdOf = new(StringComparer.Ordinal);

    private async Task<PartnerAnswer> PostAsync(string messageId, string body, PartnerCaller caller)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/registry.device")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/fhir+json"),
        };
        if (caller != PartnerCaller.Anonymous)
        {
            post.Headers.TryAddWithoutValidation("Authorization", caller == PartnerCaller.Partner ? "ApiKey k" : "ApiKey other-key");
        }

        post.Headers.TryAddWithoutValidation("Idempotency-Key", messageId);
        using var response = await Client.SendAsync(post);
        var answer = new PartnerAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        if (answer.Status is 200 or 202)
        {
            _hubIdOf.TryAdd(messageId, HubId(answer));
        }

        return answer;
    }

    private static string HubId(PartnerAnswer answer) => JsonDocument.Parse(answer.Body).RootElement.GetProperty("hubMessageId").GetString()!;

    private async Task<JsonElement> StatusAsync(string hubMessageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/messages/{hubMessageId}");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey ops-key");
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits (bounded) for the stored status to satisfy the condition.</summary>
    private async Task<bool> StatusBecomesAsync(string hubMessageId, Func<JsonElement, bool> condition) =>
        condition(await Eventually.UntilAsync(() => StatusAsync(hubMessageId), condition, $"status of {hubMessageId}"));

    /// <summary>A valid GTIN-14 (mod-10 check digit) derived from a message id, so each message names its own device.</summary>
    private static string Gtin(string messageId)
    {
        var digits = "0" + (Math.Abs(messageId.GetHashCode(StringComparison.Ordinal)) % 1_000_000_000_000L).ToString("D12", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (digits[12 - i] - '0') * (i % 2 == 0 ? 3 : 1);
        }

        return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
