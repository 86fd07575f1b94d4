using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Sandbox.Data.Tests.Organizations;

public sealed class SyntheticOrganizationsTests
{
    [Fact]
    public void Get_FirstThousand_TaxCodesAreValidAndUnique()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organization in SyntheticOrganizations.Take(1_000))
        {
            TaxCodeParser.Parse(organization.TaxCode).Ok.ShouldBeTrue(organization.TaxCode);
            codes.Add(organization.TaxCode).ShouldBeTrue($"duplicate {organization.TaxCode}");
        }
    }

    [Fact]
    public void Get_SameIndex_SameOrganization()
    {
        SyntheticOrganizations.Get(123).ShouldBe(SyntheticOrganizations.Get(123));
        SyntheticOrganizations.Get(123).ShouldNotBe(SyntheticOrganizations.Get(124));
    }

    [Fact]
    public void Get_Statuses_MostActiveSomeSuspendedOrClosed()
    {
        var statuses = SyntheticOrganizations.Take(1_000).GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
        statuses[SyntheticOrganizationStatus.Active].ShouldBeGreaterThan(800);
        statuses[SyntheticOrganizationStatus.Suspended].ShouldBeGreaterThan(0);
        statuses[SyntheticOrganizationStatus.Closed].ShouldBeGreaterThan(0);
    }

    [Fact]
    public void FindByTaxCode_KnownAndUnknown_FindsOnlyKnown()
    {
        var organization = SyntheticOrganizations.Get(4_321);
        SyntheticOrganizations.FindByTaxCode(organization.TaxCode).ShouldBe(organization);
        SyntheticOrganizations.FindByTaxCode("0100109106", searchLimit: 10).ShouldBeNull();
    }
}
