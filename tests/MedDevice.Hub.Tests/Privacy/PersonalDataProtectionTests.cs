using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedDevice.Hub.Tests.Privacy;

/// <summary>
/// A person's ID, card, name and birth date inside registry payloads, through the real HTTP pipeline: they reach
/// neither the logs (all levels, every sink behind the redactor) nor any database column in clear: the payload
/// blobs (<c>inbox.body</c>, <c>quarantine.body</c>) are encrypted at rest, and the subscriber still gets the plaintext.
/// </summary>
public sealed partial class PersonalDataProtectionTests : IAsyncLifetime
{
    private const string Key = "registry-key";
    private static readonly HashSet<string> PayloadColumns = new(StringComparer.Ordinal) { "inbox.body", "quarantine.body", "devices.resource", "device_history.resource" };
    private readonly string _channel = Guid.NewGuid().ToString("N");
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-pii-").FullName;
    private LoopbackSink _sink = null!;
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    private string DatabasePath => Path.Combine(_folder, "hub.db");

    public async Task InitializeAsync()
    {
        _sink = await LoopbackSink.StartAsync();
        _factory = new HubFactory()
            .With("Hub:Storage:ConnectionString", $"Data Source={DatabasePath}")
            .With("Hub:Partners:0:Id", "moh-registry").With("Hub:Partners:0:ApiKey", Key).With("Hub:Partners:0:Feeds:0", "registry.device")
            .With("Hub:Subscribers:0:Id", "sink-a").With("Hub:Subscribers:0:Endpoint", _sink.Endpoint)
            .With("Hub:Subscribers:0:Topics:0", "*").With("Hub:Subscribers:0:Secret", "s3cret")
            .With("Hub:Delivery:PollInterval", "00:00:00.050").With("Hub:Processing:PollInterval", "00:00:00.050")
            .CapturingEveryLog(_channel);
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _sink.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Logs_PayloadsAndDirectLogsWithPersonalData_ContainNoRawIdNameOrBirthDate()
    {
        await RunScenarioAsync();
        LogDeliberately();

        var logs = CapturedLogSink.Read(_channel);
        var all = string.Join('\n', logs);

        logs.Count.ShouldBeGreaterThan(20, "verbose logging of a whole request cycle was captured");
        all.ShouldContain("Lookup for citizen");
        all.ShouldContain(PersonalDataRedactor.IdToken);
        all.ShouldContain(PersonalDataRedactor.CardToken);
        all.ShouldContain(PersonalDataRedactor.DateToken);
        foreach (var value in PersonalDataJson.Forbidden)
        {
            all.ShouldNotContain(value, Case.Insensitive, $"raw '{value}' in the logs");
        }
    }

    [Fact]
    public async Task Database_AllColumns_ContainNoRawIdNameOrBirthDate_PayloadsEncrypted()
    {
        await RunScenarioAsync();

        var (columns, payloads) = await ReadDatabaseAsync();

        columns.Keys.ShouldContain("inbox.hub_message_id");
        columns.Keys.ShouldContain("quarantine.reason");
        columns.Keys.ShouldContain("deliveries.subscriber_id");
        foreach (var (column, values) in columns)
        {
            foreach (var value in PersonalDataJson.Forbidden)
            {
                values.ShouldNotContain(v => v.Contains(value, StringComparison.OrdinalIgnoreCase), $"raw '{value}' in {column}");
            }
        }

        payloads.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var payload in payloads)
        {
            payload.ShouldStartWith("MDH1", customMessage: "payload not encrypted at rest");
            foreach (var value in PersonalDataJson.Forbidden)
            {
                payload.ShouldNotContain(value, Case.Insensitive);
            }
        }

        _sink.Requests.ShouldContain(r => r.Body.Contains(PersonalDataJson.PersonalId, StringComparison.Ordinal));
    }

    private async Task RunScenarioAsync()
    {
        using var accepted = await PostAsync("pii-1", PersonalDataJson.DeviceWithOwner("08717648200274"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var hubId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()!;
        using var refused = await PostAsync("pii-2", PersonalDataJson.InvalidDevice());
        refused.StatusCode.ShouldBe((HttpStatusCode)422);

        await _sink.UntilAsync(r => r.Count >= 1, "a delivery at the sink");
        await MessageDeliveries.UntilFirstInStateAsync(_client, Key, hubId, "delivered");
    }

    private void LogDeliberately()
    {
        var logger = _factory.Services.GetRequiredService<ILogger<PersonalDataProtectionTests>>();
        var error = new InvalidOperationException($"Citizen {PersonalDataJson.PersonalId} (BHYT {PersonalDataJson.InsuranceCard}) born {PersonalDataJson.BirthDateIso} not found");
        LogLookup(logger, PersonalDataJson.PersonalId, new DateOnly(1985, 5, 17), PersonalDataJson.InsuranceCard,
            [PersonalDataJson.BirthDateVn, "08717648200274"], error);
        logger.Log(LogLevel.Information, new EventId(9), $"Unstructured note about {PersonalDataJson.PersonalId} born {PersonalDataJson.BirthDateVn}", null, (state, _) => state);
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Lookup for citizen {Cccd} born {BirthDate} with card {Card} and history {History}")]
    private static partial void LogLookup(ILogger logger, string cccd, DateOnly birthDate, string card, string[] history, Exception exception);

    private async Task<(Dictionary<string, List<string>> Columns, List<string> Payloads)> ReadDatabaseAsync()
    {
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var payloads = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var table in await ReadStringsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            foreach (var column in await ReadStringsAsync(connection, $"SELECT name FROM pragma_table_info('{table}')"))
            {
                var values = await ReadStringsAsync(connection, $"SELECT \"{column}\" FROM \"{table}\"");
                if (PayloadColumns.Contains($"{table}.{column}"))
                {
                    payloads.AddRange(values);
                }
                else
                {
                    columns[$"{table}.{column}"] = values;
                }
            }
        }

        return (columns, payloads);
    }

    private static async Task<List<string>> ReadStringsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0) switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                DBNull => "",
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            });
        }

        return values;
    }

    private async Task<HttpResponseMessage> PostAsync(string messageId, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/registry.device")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + Key);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", messageId);
        return await _client.SendAsync(request);
    }
}
