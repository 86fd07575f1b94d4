using Grpc.Core;
using MedDevice.Identity.V1;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;
using MedDevice.Sandbox.Hosting;
using MedDevice.Sandbox.Identity;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Sandbox.Tests.Identity;

/// <summary>How the synthetic registers answer the contract.</summary>
public sealed class IdentityAnswersTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly IdentityAnswers _answers;

    public IdentityAnswersTests()
    {
        var options = new IdentitySandboxOptions { Citizens = 1_000, Organizations = 500 };
        _answers = new IdentityAnswers(new PopulationRegister(options), new EnterpriseRegister(options), new FakeTimeProvider(Now));
    }

    [Fact]
    public void Citizen_AsRegistered_MatchWithLevelAndCheckTime()
    {
        var person = SyntheticPeople.Get(3);

        var answer = _answers.Citizen(Request(person.PersonalId, person.FullName, person.BirthDate));

        answer.Verdict.ShouldBe(CitizenVerdict.Match);
        answer.MismatchedFields.ShouldBeEmpty();
        answer.VneidLevel.ShouldBe(1); // every 7th person from index 3 has level 1
        answer.CheckedAt.ToDateTimeOffset().ShouldBe(Now);
    }

    [Fact]
    public void Citizen_NameDecomposedDifferentCaseExtraSpaces_Match()
    {
        var person = SyntheticPeople.Get(4);
        var typed = " " + person.FullName.Normalize(System.Text.NormalizationForm.FormD).ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal);

        _answers.Citizen(Request(person.PersonalId, typed, person.BirthDate)).Verdict.ShouldBe(CitizenVerdict.Match);
    }

    [Fact]
    public void Citizen_WrongBirthDateOnly_MismatchOnBirthDate()
    {
        var person = SyntheticPeople.Get(5);

        var answer = _answers.Citizen(Request(person.PersonalId, person.FullName, person.BirthDate.AddDays(1)));

        answer.Verdict.ShouldBe(CitizenVerdict.Mismatch);
        answer.MismatchedFields.ShouldBe([CitizenField.BirthDate]);
    }

    [Fact]
    public void Citizen_BeyondRegisteredCitizens_NotFound()
    {
        var person = SyntheticPeople.Get(1_000);

        _answers.Citizen(Request(person.PersonalId, person.FullName, person.BirthDate)).Verdict.ShouldBe(CitizenVerdict.NotFound);
    }

    [Theory]
    [InlineData("12345", "Lê Văn A", "purpose", "basis")]
    [InlineData("VALID", "", "purpose", "basis")]
    [InlineData("VALID", "Lê Văn A", "", "basis")]
    [InlineData("VALID", "Lê Văn A", "purpose", "")]
    public void Citizen_InvalidRequest_InvalidArgumentWithoutEchoingTheNumber(string id, string name, string purpose, string legalBasis)
    {
        var personalId = id == "VALID" ? SyntheticPeople.Get(6).PersonalId : id;
        var request = Request(personalId, name, new DateOnly(1990, 1, 1));
        request.Context.Purpose = purpose;
        request.Context.LegalBasis = legalBasis;

        var error = Should.Throw<RpcException>(() => _answers.Citizen(request));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Status.Detail.ShouldNotContain(personalId);
    }

    [Fact]
    public void Citizen_ImpossibleDate_InvalidArgument()
    {
        var person = SyntheticPeople.Get(7);
        var request = Request(person.PersonalId, person.FullName, person.BirthDate);
        request.BirthDate = new CalendarDate { Year = 1990, Month = 2, Day = 30 };

        Should.Throw<RpcException>(() => _answers.Citizen(request)).StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    [Fact]
    public void Organization_Statuses_AsTheSyntheticRegister()
    {
        foreach (var organization in SyntheticOrganizations.Take(60))
        {
            var expected = organization.Status switch
            {
                SyntheticOrganizationStatus.Suspended => OrganizationStatus.Suspended,
                SyntheticOrganizationStatus.Closed => OrganizationStatus.Closed,
                _ => OrganizationStatus.Active,
            };
            var answer = _answers.Organization(Organization(organization.TaxCode));
            answer.Status.ShouldBe(expected);
            answer.RegisteredName.ShouldBe(organization.Name);
        }
    }

    [Fact]
    public void Organization_BranchOfRegisteredAndUnregistered_ParentStandingAndNotFound()
    {
        var registered = SyntheticOrganizations.Get(0);

        _answers.Organization(Organization(registered.TaxCode + "-002")).Status.ShouldBe(OrganizationStatus.Active);
        _answers.Organization(Organization(SyntheticOrganizations.Get(600).TaxCode)).Status.ShouldBe(OrganizationStatus.NotFound);
    }

    [Fact]
    public void Organization_Representative_MatchMismatchNotRequested()
    {
        var organization = SyntheticOrganizations.Get(9);
        var representative = SyntheticPeople.LegalRepresentativeOf(organization);

        _answers.Organization(Organization(organization.TaxCode, representative.PersonalId)).LegalRepresentative.ShouldBe(RepresentativeMatch.Match);
        _answers.Organization(Organization(organization.TaxCode, SyntheticPeople.Get(9).PersonalId)).LegalRepresentative.ShouldBe(RepresentativeMatch.Mismatch);
        _answers.Organization(Organization(organization.TaxCode)).LegalRepresentative.ShouldBe(RepresentativeMatch.NotRequested);
    }

    [Fact]
    public void Organization_InvalidTaxCode_InvalidArgument()
    {
        Should.Throw<RpcException>(() => _answers.Organization(Organization("0100109107"))).StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    private static VerifyCitizenRequest Request(string personalId, string name, DateOnly birthDate) => new()
    {
        Context = Context(),
        PersonalId = personalId,
        FullName = name,
        BirthDate = new CalendarDate { Year = birthDate.Year, Month = birthDate.Month, Day = birthDate.Day },
    };

    private static VerifyOrganizationRequest Organization(string taxCode, string representative = "") =>
        new() { Context = Context(), TaxCode = taxCode, LegalRepresentativeId = representative };

    private static RequestContext Context() => new() { RequestingPartner = "test", Purpose = "purpose", LegalBasis = "basis", RequestId = "r1" };
}
