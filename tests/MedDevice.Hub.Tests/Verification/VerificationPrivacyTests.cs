using System.Globalization;
using System.Net;
using System.Text;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Hub.Tests.Privacy;
using MedDevice.Hub.Verification;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;
using MedDevice.Testing.Polling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>
/// Identity lookups through the real host with the sandbox in-process (its logs go through the hub's logging too),
/// logging at Verbose: no raw personal ID, name or birth date reaches the logs, the database files (every byte of
/// the SQLite file and its WAL) or the audit log. Personal data is in transit only; the audit trail keeps pseudonyms.
/// </summary>
public sealed class VerificationPrivacyTests : IAsyncLifetime
{
    private const string ShopKey = "shop-key";
    private readonly string _channel = Guid.NewGuid().ToString("N");
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-verify-pii-").FullName;
    private readonly SyntheticPerson _match = SyntheticPeople.Get(4_321);
    private readonly SyntheticPerson _mismatch = SyntheticPeople.Get(4_322);
    private readonly SyntheticPerson _unknown = SyntheticPeople.Get(300_000);
    private readonly SyntheticOrganization _organization = SyntheticOrganizations.Get(7);
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    private string DatabasePath => Path.Combine(_folder, "hub.db");

    public async Task InitializeAsync()
    {
        _factory = new HubFactory()
            .With("Hub:Storage:ConnectionString", $"Data Source={DatabasePath}")
            .With("Hub:Sandbox:Enabled", "true")
            .With("Hub:Sandbox:Url", IdentitySandbox.ClosedAddress().ToString())
            .With("Hub:Sandbox:Identity:Citizens", "10000")
            .With("Hub:Sandbox:Identity:Organizations", "1000")
            .With("Hub:Verification:PollInterval", "00:00:00.050")
            .With("Hub:Partners:0:Id", "shop").With("Hub:Partners:0:ApiKey", ShopKey).With("Hub:Partners:0:Roles:0", "ecommerce")
            .CapturingEveryLog(_channel);
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Lookups_LogsDatabaseAndAudit_HoldNoRawIdNameOrBirthDate()
    {
        await RunScenarioAsync();
        var forbidden = Forbidden();

        var logs = string.Join('\n', CapturedLogSink.Read(_channel));
        var files = Directory.GetFiles(_folder, "hub.db*").Select(path => (Path.GetFileName(path), ReadShared(path))).ToList();
        var audit = await AuditRows.ReadAsync(DatabasePath, "identity.verify.");

        logs.ShouldContain("POST /api/v1/verify/actor", customMessage: "verbose request logs were captured");
        logs.ShouldContain("VerifyCitizen", customMessage: "the gRPC calls were logged (without their messages)");
        files.ShouldContain(f => f.Item1 == "hub.db");
        audit.Count.ShouldBe(5);
        audit.Where(a => a.Action == VerificationAudit.CitizenAction).ShouldAllBe(a => a.Target!.StartsWith("psn:dev:", StringComparison.Ordinal));
        foreach (var value in forbidden)
        {
            logs.ShouldNotContain(value, Case.Insensitive, $"raw '{value}' in the logs");
            var bytes = Encoding.UTF8.GetBytes(value);
            foreach (var (name, content) in files)
            {
                content.AsSpan().IndexOf(bytes).ShouldBe(-1, $"raw '{value}' in {name}");
            }

            audit.ShouldAllBe(a => !$"{a.Actor}|{a.Target}|{a.Purpose}|{a.LegalBasis}|{a.Outcome}".Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task RunScenarioAsync()
    {
        var (matched, body) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(_match.PersonalId, _match.FullName, _match.BirthDate));
        var (mismatched, _) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(_mismatch.PersonalId, "Phạm Thị Bí Mật", new DateOnly(1977, 3, 9)));
        var (unknown, _) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(_unknown.PersonalId, _unknown.FullName, _unknown.BirthDate));
        var (company, _) = await VerifyClient.PostAsync(_client, ShopKey,
            VerifyClient.Organization(_organization.TaxCode, SyntheticPeople.LegalRepresentativeOf(_organization).PersonalId));
        matched.StatusCode.ShouldBe(HttpStatusCode.OK, "the in-process sandbox answered");
        body.GetProperty("verdict").GetString().ShouldBe("match");
        mismatched.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        company.StatusCode.ShouldBe(HttpStatusCode.OK);

        var queue = _factory.Services.GetRequiredService<IActorVerificationQueue>();
        await queue.EnqueueOrganizationAsync(SyntheticOrganizations.Get(16).TaxCode, "Device/16", "msg-16");
        var store = _factory.Services.GetRequiredService<Storage.Verification.ActorVerificationStore>();
        await Eventually.UntilAsync(async () => await store.CountOpenAsync(CancellationToken.None), open => open == 0, "no open verification");
    }

    private List<string> Forbidden()
    {
        var values = new List<string> { "Phạm Thị Bí Mật", "1977-03-09", "09/03/1977", SyntheticPeople.LegalRepresentativeOf(_organization).PersonalId };
        foreach (var person in new[] { _match, _mismatch, _unknown })
        {
            values.Add(person.PersonalId);
            values.Add(person.FullName);
            values.Add(person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            values.Add(person.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        return values;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
