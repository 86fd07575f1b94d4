using System.Text;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;

namespace MedDevice.Sandbox.Data.Tests.People;

public sealed class SyntheticPeopleTests
{
    [Fact]
    public void Get_FirstTenThousand_PersonalIdsValidUniqueAndAgreeWithBirthYearAndSex()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in SyntheticPeople.Take(10_000))
        {
            var parsed = PersonalIdParser.Parse(person.PersonalId, currentYear: 2026);
            parsed.Ok.ShouldBeTrue($"person {person.Index}");
            parsed.Value!.BirthYear.ShouldBe(person.BirthDate.Year);
            parsed.Value.Sex.ShouldBe(person.Sex);
            ids.Add(person.PersonalId).ShouldBeTrue($"duplicate id for person {person.Index}");
        }
    }

    [Fact]
    public void Get_Names_AreVietnameseWithDiacriticsAndThreeParts()
    {
        var people = SyntheticPeople.Take(500).ToList();

        people.ShouldAllBe(p => p.FullName.Split(' ', StringSplitOptions.None).Length == 3);
        people.Count(p => p.FullName.Normalize(NormalizationForm.FormD).Length > p.FullName.Length).ShouldBeGreaterThan(250);
        people.Select(p => p.FullName).Distinct().Count().ShouldBeGreaterThan(200);
    }

    [Fact]
    public void Get_SameIndex_SamePerson()
    {
        SyntheticPeople.Get(4_242).ShouldBe(SyntheticPeople.Get(4_242));
        SyntheticPeople.Get(4_242).ShouldNotBe(SyntheticPeople.Get(4_243));
    }

    [Fact]
    public void Get_VneidLevels_MostlyTwoSomeOne()
    {
        var levels = SyntheticPeople.Take(1_000).GroupBy(p => p.VneidLevel).ToDictionary(g => g.Key, g => g.Count());

        levels.Keys.Order().ShouldBe([1, 2]);
        levels[2].ShouldBeGreaterThan(levels[1]);
    }

    [Fact]
    public void FindByPersonalId_EveryGeneratedPerson_FoundAgain()
    {
        foreach (var index in new[] { 0, 1, 2, 77, 12_345, 499_999, 500_000, 765_432, 999_999 })
        {
            var person = SyntheticPeople.Get(index);
            SyntheticPeople.FindByPersonalId(person.PersonalId).ShouldBe(person);
        }
    }

    [Fact]
    public void FindByPersonalId_AlteredOrMalformedNumbers_NotFound()
    {
        var person = SyntheticPeople.Get(321);
        var otherProvince = (person.PersonalId[..3] == "001" ? "079" : "001") + person.PersonalId[3..];

        SyntheticPeople.FindByPersonalId(otherProvince).ShouldBeNull();
        SyntheticPeople.FindByPersonalId("12345").ShouldBeNull();
        SyntheticPeople.FindByPersonalId("00108501234x").ShouldBeNull();
    }

    [Fact]
    public void FindByPersonalId_CitizenBeyondRegisteredCount_NotFound()
    {
        var person = SyntheticPeople.Get(5_000);

        SyntheticPeople.FindByPersonalId(person.PersonalId, citizens: 5_000).ShouldBeNull();
        SyntheticPeople.FindByPersonalId(person.PersonalId, citizens: 5_001).ShouldBe(person);
    }

    [Fact]
    public void LegalRepresentativeOf_Organization_CarriesItsRepresentativeName()
    {
        var organization = SyntheticOrganizations.Get(42);

        var representative = SyntheticPeople.LegalRepresentativeOf(organization);

        representative.FullName.ShouldBe(organization.LegalRepresentative);
        PersonalIdParser.Parse(representative.PersonalId).Ok.ShouldBeTrue();
        SyntheticPeople.FindByPersonalId(representative.PersonalId).ShouldBe(representative);
    }

    [Fact]
    public void ToString_DoesNotRevealTheNumberOrName()
    {
        var person = SyntheticPeople.Get(9);

        person.ToString().ShouldNotContain(person.PersonalId);
        person.ToString().ShouldNotContain(person.FullName);
    }
}
