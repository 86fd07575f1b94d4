using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;
using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.Identifiers;

public sealed class NamingSystemTests
{
    private static IReadOnlyList<NamingSystem> All => ConformanceFiles.OfType<NamingSystem>();

    [Fact]
    public void NamingSystems_Ids_AreThoseTheFeedsNeed()
    {
        All.Select(n => n.Id).Order(StringComparer.Ordinal).ShouldBe(
            ["customs-declaration", "customs-office", "ecommerce-listing", "egp-award", "facility-code", "person-pseudonym", "registration-number", "tax-code"]);
    }

    [Fact]
    public void UniqueIds_AcrossAllNamingSystems_AreUnique()
    {
        All.SelectMany(n => n.UniqueId).Select(u => u.Value).ShouldBeUnique();
    }

    [Fact]
    public void UniqueId_EachNamingSystem_HasOnePreferredUriOnTheBase()
    {
        foreach (var naming in All)
        {
            var preferred = naming.UniqueId.Where(u => u.Preferred == true).ShouldHaveSingleItem(naming.Id);
            preferred.Type.ShouldBe(NamingSystem.NamingSystemIdentifierType.Uri);
            preferred.Value.ShouldBe(ConformanceFiles.Canonical("NamingSystem", naming.Id));
            naming.Kind.ShouldBe(NamingSystem.NamingSystemType.Identifier);
            naming.Usage.ShouldNotBeNullOrWhiteSpace(naming.Id);
        }
    }

    [Fact]
    public void RegistrationNumber_UniqueId_IsTheSystemTheMappingsUse()
    {
        All.Single(n => n.Id == "registration-number").UniqueId.Single().Value.ShouldBe(NamingSystems.RegistrationNumber);
    }

    [Fact]
    public void Name_EachNamingSystem_IsUsableAsAnIdentifier()
    {
        foreach (var naming in All)
        {
            naming.Name!.ShouldMatch("^[A-Z][A-Za-z0-9_]{0,254}$", naming.Id);
        }
    }
}
