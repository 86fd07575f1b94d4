using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Adapters.Resilience;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;

namespace MedDevice.Adapters.Identity.Tests.Contract;

/// <summary>The identity contract end to end: the adapter against the sandbox over real HTTP/2 (h2c) on 127.0.0.1.</summary>
public sealed class IdentityContractTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;
    private IdentityAdapter _adapter = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _adapter = TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o => o.CacheTtl = TimeSpan.Zero));
    }

    public async Task DisposeAsync()
    {
        _adapter.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task VerifyCitizen_RegisteredPerson_MatchWithVneidLevel()
    {
        var person = SyntheticPeople.Get(10);

        var result = await _adapter.VerifyCitizenAsync(new CitizenQuery(person.PersonalId, person.FullName, person.BirthDate), TestAdapters.Context);

        var answer = result.Value.ShouldNotBeNull();
        answer.Verdict.ShouldBe(CitizenVerdict.Match);
        answer.MismatchedFields.ShouldBeEmpty();
        answer.VneidLevel.ShouldBe(person.VneidLevel);
        answer.CheckedAt.ShouldBeGreaterThan(DateTimeOffset.UnixEpoch);
        answer.FromCache.ShouldBeFalse();
    }

    [Fact]
    public async Task VerifyCitizen_NameInOtherCaseAndSpacing_Match()
    {
        var person = SyntheticPeople.Get(11);
        var typed = "  " + person.FullName.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal) + " ";

        var result = await _adapter.VerifyCitizenAsync(new CitizenQuery(person.PersonalId, typed, person.BirthDate), TestAdapters.Context);

        result.Value.ShouldNotBeNull().Verdict.ShouldBe(CitizenVerdict.Match);
    }

    [Fact]
    public async Task VerifyCitizen_WrongNameAndBirthDate_MismatchNamingBothFields()
    {
        var person = SyntheticPeople.Get(12);

        var name = await _adapter.VerifyCitizenAsync(new CitizenQuery(person.PersonalId, "Nguyễn Văn Khác", person.BirthDate), TestAdapters.Context);
        var both = await _adapter.VerifyCitizenAsync(new CitizenQuery(person.PersonalId, "Nguyễn Văn Khác", person.BirthDate.AddDays(1)), TestAdapters.Context);

        name.Value.ShouldNotBeNull().Verdict.ShouldBe(CitizenVerdict.Mismatch);
        name.Value.MismatchedFields.ShouldBe([CitizenField.FullName]);
        both.Value.ShouldNotBeNull().MismatchedFields.ShouldBe([CitizenField.FullName, CitizenField.BirthDate]);
    }

    [Fact]
    public async Task VerifyCitizen_NameWithoutDiacritics_Mismatch()
    {
        var person = SyntheticPeople.Take(200).First(p => p.FullName.Any(c => c > 127));
        var plain = new string(person.FullName.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

        var result = await _adapter.VerifyCitizenAsync(new CitizenQuery(person.PersonalId, plain, person.BirthDate), TestAdapters.Context);

        result.Value.ShouldNotBeNull().MismatchedFields.ShouldBe([CitizenField.FullName]);
    }

    [Fact]
    public async Task VerifyCitizen_UnregisteredNumber_NotFound()
    {
        var unregistered = SyntheticPeople.Get(SyntheticPeople.RepresentativeBase - 1);
        _sandbox.Identity.Citizens = 1_000;

        var result = await _adapter.VerifyCitizenAsync(new CitizenQuery(unregistered.PersonalId, unregistered.FullName, unregistered.BirthDate), TestAdapters.Context);

        result.Value.ShouldNotBeNull().Verdict.ShouldBe(CitizenVerdict.NotFound);
        result.Value.VneidLevel.ShouldBe(0);
    }

    [Fact]
    public async Task VerifyOrganization_EachStanding_AsRegistered()
    {
        var organizations = SyntheticOrganizations.Take(60).ToList();
        var active = organizations.First(o => o.Status == SyntheticOrganizationStatus.Active);
        var suspended = organizations.First(o => o.Status == SyntheticOrganizationStatus.Suspended);
        var closed = organizations.First(o => o.Status == SyntheticOrganizationStatus.Closed);
        var unknown = SyntheticOrganizations.Get(5_000); // beyond the sandbox's 2,000 registered organisations

        (await Standing(active.TaxCode)).ShouldBe(OrganizationStanding.Active);
        (await Standing(suspended.TaxCode)).ShouldBe(OrganizationStanding.Suspended);
        (await Standing(closed.TaxCode)).ShouldBe(OrganizationStanding.Closed);
        (await Standing(unknown.TaxCode)).ShouldBe(OrganizationStanding.NotFound);
        (await Standing(active.TaxCode + "-001")).ShouldBe(OrganizationStanding.Active);
        var named = await _adapter.VerifyOrganizationAsync(new OrganizationQuery(active.TaxCode), TestAdapters.Context);
        named.Value.ShouldNotBeNull().RegisteredName.ShouldBe(active.Name);
        named.Value.LegalRepresentative.ShouldBe(RepresentativeCheck.NotRequested);
    }

    [Fact]
    public async Task VerifyOrganization_LegalRepresentative_MatchOnlyForTheRegisteredOne()
    {
        var organization = SyntheticOrganizations.Get(3);
        var representative = SyntheticPeople.LegalRepresentativeOf(organization);

        var match = await _adapter.VerifyOrganizationAsync(new OrganizationQuery(organization.TaxCode, representative.PersonalId), TestAdapters.Context);
        var other = await _adapter.VerifyOrganizationAsync(new OrganizationQuery(organization.TaxCode, SyntheticPeople.Get(1).PersonalId), TestAdapters.Context);

        match.Value.ShouldNotBeNull().LegalRepresentative.ShouldBe(RepresentativeCheck.Match);
        other.Value.ShouldNotBeNull().LegalRepresentative.ShouldBe(RepresentativeCheck.Mismatch);
    }

    [Fact]
    public async Task VerifyBatch_MixedItems_AnswersInInputOrderOverOneStream()
    {
        var person = SyntheticPeople.Get(20);
        var organizations = SyntheticOrganizations.Take(30).ToList();
        var queries = new List<IdentityQuery> { new CitizenQuery(person.PersonalId, person.FullName, person.BirthDate) };
        queries.AddRange(organizations.Select(o => new OrganizationQuery(o.TaxCode)));
        queries.Add(new OrganizationQuery("0100109107")); // wrong check digit: refused locally

        var results = await _adapter.VerifyBatchAsync(queries, TestAdapters.Context);

        results.Count.ShouldBe(queries.Count);
        results[0].Value.ShouldBeOfType<CitizenVerification>().Verdict.ShouldBe(CitizenVerdict.Match);
        for (var i = 0; i < organizations.Count; i++)
        {
            var answer = results[i + 1].Value.ShouldBeOfType<OrganizationVerification>();
            answer.RegisteredName.ShouldBe(organizations[i].Name);
        }

        results[^1].Failure.ShouldNotBeNull().Kind.ShouldBe(AdapterFailureKind.Rejected);
        _sandbox.Statistics.Calls.ShouldBe(queries.Count - 1);
    }

    [Fact]
    public async Task VerifyCitizen_ServiceRefusesRequestWithoutLegalBasis_RejectedAfterOneAttempt()
    {
        var person = SyntheticPeople.Get(21);

        var result = await _adapter.VerifyCitizenAsync(new CitizenQuery(person.PersonalId, person.FullName, person.BirthDate), TestAdapters.Context with { LegalBasis = " " });

        var failure = result.Failure.ShouldNotBeNull();
        failure.Code.ShouldBe(AdapterFailureCodes.Rejected);
        failure.Attempts.ShouldBe(1);
        _sandbox.Statistics.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task VerifyCitizen_InvalidPersonalId_RejectedWithoutCallingAndWithoutEchoingIt()
    {
        var result = await _adapter.VerifyCitizenAsync(new CitizenQuery("123456789012", "Lê Thị Hoa", new DateOnly(1990, 1, 1)), TestAdapters.Context);

        result.Failure.ShouldNotBeNull().Kind.ShouldBe(AdapterFailureKind.Rejected);
        result.Failure.Message.ShouldNotContain("123456789012");
        _sandbox.Statistics.Calls.ShouldBe(0);
    }

    private async Task<OrganizationStanding?> Standing(string taxCode) =>
        (await _adapter.VerifyOrganizationAsync(new OrganizationQuery(taxCode), TestAdapters.Context)).Value?.Standing;
}
