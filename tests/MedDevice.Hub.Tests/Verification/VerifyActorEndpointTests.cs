using System.Net;
using System.Text.Json;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Tests.Verification;

/// <summary><c>POST /api/v1/verify/actor</c> through the real host against the real sandbox over HTTP/2 on 127.0.0.1.</summary>
public sealed class VerifyActorEndpointTests : IAsyncLifetime
{
    private const string ShopKey = "shop-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-verify-").FullName;
    private IdentitySandbox _sandbox = null!;
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await IdentitySandbox.StartAsync();
        _factory = Hub(_sandbox.Address);
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _sandbox.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Verify_PersonAsRegistered_MatchWithLevelAndMaskedId()
    {
        var person = SyntheticPeople.Get(100);

        var (response, body) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(person.PersonalId, person.FullName, person.BirthDate));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("verdict").GetString().ShouldBe("match");
        body.GetProperty("subject").GetString().ShouldBe("person");
        body.GetProperty("vneidLevel").GetInt32().ShouldBe(person.VneidLevel);
        body.GetProperty("mismatchedFields").GetArrayLength().ShouldBe(0);
        body.GetProperty("personalId").GetString().ShouldBe(person.PersonalId[..3] + "*******" + person.PersonalId[^2..]);
        body.GetProperty("requestId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Verify_PersonWithWrongNameAndDate_MismatchNamingTheFields()
    {
        var person = SyntheticPeople.Get(101);

        var (response, body) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(person.PersonalId, "Trần Thị Sai", person.BirthDate.AddDays(-3)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("verdict").GetString().ShouldBe("mismatch");
        body.GetProperty("mismatchedFields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["fullName", "birthDate"]);
    }

    [Fact]
    public async Task Verify_Lookups_AuditedWithPartnerPurposeLegalBasisVerdictAndPseudonymOnly()
    {
        var person = SyntheticPeople.Get(103);
        var organization = SyntheticOrganizations.Get(1);

        await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(person.PersonalId, person.FullName, person.BirthDate));
        await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Organization(organization.TaxCode));

        var rows = await AuditRows.ReadAsync(Path.Combine(_folder, "hub.db"), "identity.verify.");
        var citizen = rows.Where(r => r.Action == "identity.verify.citizen").ShouldHaveSingleItem();
        citizen.Actor.ShouldBe("shop");
        citizen.Purpose.ShouldBe("seller-onboarding");
        citizen.LegalBasis.ShouldBe(VerifyClient.LegalBasis);
        citizen.Outcome.ShouldBe("match");
        citizen.Target.ShouldNotBeNull().ShouldStartWith("psn:dev:");
        citizen.Target.ShouldNotContain(person.PersonalId);
        var company = rows.Where(r => r.Action == "identity.verify.organization").ShouldHaveSingleItem();
        company.Target.ShouldBe(organization.TaxCode);
        company.Outcome.ShouldBe("active");
    }

    [Fact]
    public async Task Verify_UnregisteredPerson_NotFound()
    {
        var stranger = SyntheticPeople.Get(200_000); // the sandbox registers the first 10,000 citizens

        var (response, body) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Person(stranger.PersonalId, stranger.FullName, stranger.BirthDate));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("verdict").GetString().ShouldBe("not-found");
    }

    [Fact]
    public async Task Verify_Organizations_StandingNameAndRepresentative()
    {
        var suspended = SyntheticOrganizations.Take(40).First(o => o.Status == SyntheticOrganizationStatus.Suspended);
        var active = SyntheticOrganizations.Get(0);

        var (response, body) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Organization(suspended.TaxCode));
        var (_, withRepresentative) = await VerifyClient.PostAsync(_client, ShopKey,
            VerifyClient.Organization(active.TaxCode, SyntheticPeople.LegalRepresentativeOf(active).PersonalId));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("verdict").GetString().ShouldBe("suspended");
        body.GetProperty("registeredName").GetString().ShouldBe(suspended.Name);
        withRepresentative.GetProperty("verdict").GetString().ShouldBe("active");
        withRepresentative.GetProperty("legalRepresentative").GetString().ShouldBe("match");
    }

    [Fact]
    public async Task Verify_IdentityServiceDown_PendingWithRetryAfterNeverAGuess()
    {
        await using var factory = Hub(IdentitySandbox.ClosedAddress(), "down");
        using var client = factory.CreateClient();
        await HubFactory.WaitReadyAsync(client);
        var person = SyntheticPeople.Get(102);

        var (response, body) = await VerifyClient.PostAsync(client, ShopKey, VerifyClient.Person(person.PersonalId, person.FullName, person.BirthDate));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var adapters = await client.GetAsync(new Uri("/health/adapters", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        response.Headers.RetryAfter.ShouldNotBeNull();
        body.GetProperty("verdict").GetString().ShouldBe("pending");
        body.GetProperty("reason").GetString().ShouldStartWith("ADP-");
        body.TryGetProperty("vneidLevel", out _).ShouldBeFalse();
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        adapters.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Verify_CircuitOpenAfterRepeatedFailures_PendingWithoutCallingTheService()
    {
        _sandbox.Options.Identity.FailureRate = 1;
        await using var factory = Hub(_sandbox.Address, "circuit")
            .With("Hub:Adapters:Identity:Retry:MaxAttempts", "1")
            .With("Hub:Adapters:Identity:CircuitBreaker:MinimumThroughput", "2")
            .With("Hub:Adapters:Identity:CircuitBreaker:FailureRatio", "0.5");
        using var client = factory.CreateClient();
        await HubFactory.WaitReadyAsync(client);
        var organization = SyntheticOrganizations.Get(2);

        var (first, firstBody) = await VerifyClient.PostAsync(client, ShopKey, VerifyClient.Organization(organization.TaxCode));
        await VerifyClient.PostAsync(client, ShopKey, VerifyClient.Organization(organization.TaxCode));
        var (open, openBody) = await VerifyClient.PostAsync(client, ShopKey, VerifyClient.Organization(organization.TaxCode));

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        firstBody.GetProperty("reason").GetString().ShouldBe("ADP-001");
        open.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        openBody.GetProperty("verdict").GetString().ShouldBe("pending");
        openBody.GetProperty("reason").GetString().ShouldBe("ADP-002");
        _sandbox.Statistics.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Verify_SlowerThanThePartnersDeadline_PendingDeadline()
    {
        _sandbox.Options.Identity.LatencyMs = 2_000;
        var organization = SyntheticOrganizations.Get(5);

        var (response, body) = await VerifyClient.PostAsync(_client, ShopKey, VerifyClient.Organization(organization.TaxCode), deadlineMs: 300);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        body.GetProperty("reason").GetString().ShouldBe("ADP-003");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    [InlineData("999999999")]
    public async Task Verify_BadDeadlineHeader_400(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/verify/actor") { Content = new StringContent(VerifyClient.Organization("0110000002")) };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + ShopKey);
        request.Headers.TryAddWithoutValidation("X-Hub-Deadline-Ms", header);

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("HUB-VER-400-DEADLINE");
    }

    [Fact]
    public async Task Verify_InvalidFields_422WithCodesWithoutEchoingTheValues()
    {
        var body = JsonSerializer.Serialize(new { personalId = "999085012345", fullName = "", birthDate = "17/05/1985", purpose = "Seller Onboarding", legalBasis = "" });

        var (response, problem) = await VerifyClient.PostAsync(_client, ShopKey, body);

        response.StatusCode.ShouldBe((HttpStatusCode)422);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("code").GetString().ShouldBe("HUB-VER-422");
        problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
            .ShouldBe(["VER-005", "VER-006", "VER-002", "VER-003", "VER-004"], ignoreOrder: true);
        problem.GetRawText().ShouldNotContain("999085012345");
        _sandbox.Statistics.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Verify_BothOrNeitherSubject_422()
    {
        var (response, problem) = await VerifyClient.PostAsync(_client, ShopKey, """{"purpose":"seller-onboarding","legalBasis":"Decree 13/2023/ND-CP"}""");
        var (malformed, _) = await VerifyClient.PostAsync(_client, ShopKey, "[1,2");

        response.StatusCode.ShouldBe((HttpStatusCode)422);
        problem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("VER-001");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("registry-key", HttpStatusCode.Forbidden)]
    public async Task Verify_WithoutTheRight_RefusedAsProblem(string? key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/verify/actor") { Content = new StringContent(VerifyClient.Organization("0110000002")) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        }

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        _sandbox.Statistics.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Verify_VerifierRoleGranted_Allowed()
    {
        var (response, _) = await VerifyClient.PostAsync(_client, "verifier-key", VerifyClient.Organization(SyntheticOrganizations.Get(0).TaxCode));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private HubFactory Hub(Uri identity, string name = "hub") => new HubFactory()
        .With("Hub:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, name + ".db")}")
        .With("Hub:Adapters:Identity:Endpoint", identity.ToString())
        .With("Hub:Adapters:Identity:CallTimeout", "00:00:02")
        .With("Hub:Adapters:Identity:Retry:MaxAttempts", "2")
        .With("Hub:Adapters:Identity:Retry:BaseDelay", "00:00:00.020")
        .With("Hub:Partners:0:Id", "shop").With("Hub:Partners:0:ApiKey", ShopKey).With("Hub:Partners:0:Roles:0", "ecommerce")
        .With("Hub:Partners:1:Id", "moh-registry").With("Hub:Partners:1:ApiKey", "registry-key").With("Hub:Partners:1:Roles:0", "registry")
        .With("Hub:Partners:2:Id", "bank").With("Hub:Partners:2:ApiKey", "verifier-key").With("Hub:Partners:2:Roles:0", "verifier");
}
