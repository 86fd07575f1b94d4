using Hl7.Fhir.Model;
using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.Profiles;

public sealed class ProfileInvariantTests
{
    private const string RegistryProfile = "vn-registry-device";
    private const string InstanceProfile = "vn-device-instance";

    private static StructureDefinition Profile(string id) =>
        ConformanceFiles.ByUrl<StructureDefinition>(ConformanceFiles.Canonical("StructureDefinition", id));

    private static ElementDefinition.ConstraintComponent Invariant(string profileId, string key) =>
        Profile(profileId).Differential!.Element.Single(e => e.ElementId == "Device").Constraint.Single(c => c.Key == key);

    private static bool Holds(string profileId, string key, string sample) =>
        FhirPathEngine.IsTrue(ConformanceFiles.Sample(sample), Invariant(profileId, key).Expression!);

    public static TheoryData<string, string> AllInvariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in new[] { RegistryProfile, InstanceProfile })
        {
            foreach (var constraint in Profile(profile).Differential!.Element.SelectMany(e => e.Constraint))
            {
                data.Add(profile, constraint.Key!);
            }
        }

        return data;
    }

    [Fact]
    public void Profiles_Invariants_AreTheDecidedOnes()
    {
        Profile(RegistryProfile).Differential!.Element.SelectMany(e => e.Constraint).Select(c => c.Key).ShouldBe(["vnd-1", "vnd-2", "vnd-3"]);
        Profile(InstanceProfile).Differential!.Element.SelectMany(e => e.Constraint).Select(c => c.Key).ShouldBe(["vdi-1", "vdi-2"]);
    }

    [Theory]
    [MemberData(nameof(AllInvariants))]
    public void Invariant_Definition_CompilesIsAnErrorAndNamesItsProfile(string profileId, string key)
    {
        var invariant = Invariant(profileId, key);

        Should.NotThrow(() => FhirPathEngine.Compile(invariant.Expression!));
        invariant.Severity.ShouldBe(ConstraintSeverity.Error);
        invariant.Source.ShouldBe(ConformanceFiles.Canonical("StructureDefinition", profileId));
        invariant.Human.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(RegistryProfile, "vnd-1", Samples.RegistryEntry)]
    [InlineData(RegistryProfile, "vnd-2", Samples.RegistryEntry)]
    [InlineData(RegistryProfile, "vnd-3", Samples.RegistryEntry)]
    [InlineData(InstanceProfile, "vdi-1", Samples.InstanceImplanted)]
    [InlineData(InstanceProfile, "vdi-2", Samples.InstanceImplanted)]
    public void Invariant_ValidSample_IsTrue(string profileId, string key, string sample)
    {
        Holds(profileId, key, sample).ShouldBeTrue();
    }

    [Theory]
    [InlineData(RegistryProfile, "vnd-1", Samples.InvalidRegistryEntry)]
    [InlineData(RegistryProfile, "vnd-2", Samples.InvalidRegistryEntry)]
    [InlineData(RegistryProfile, "vnd-3", Samples.InvalidRegistryEntry)]
    [InlineData(InstanceProfile, "vdi-1", Samples.InvalidInstance)]
    [InlineData(InstanceProfile, "vdi-2", Samples.InvalidInstance)]
    public void Invariant_InvalidSample_IsFalse(string profileId, string key, string sample)
    {
        Holds(profileId, key, sample).ShouldBeFalse();
    }

    [Fact]
    public void NoProductionIdentifiers_InstanceLevelDevice_IsFalse()
    {
        // The DI/instance split: a lot or unit can never pass as a registry entry.
        Holds(RegistryProfile, "vnd-2", Samples.InstanceImplanted).ShouldBeFalse();
    }

    [Fact]
    public void LotOrSerial_RegistryEntry_IsFalse()
    {
        Holds(InstanceProfile, "vdi-1", Samples.RegistryEntry).ShouldBeFalse();
    }

    [Fact]
    public void Key_RegistrationNumberWithoutUdi_IsTrue()
    {
        var device = ConformanceFiles.Sample(Samples.RegistryEntry);
        device.UdiCarrier.Clear();

        FhirPathEngine.IsTrue(device, Invariant(RegistryProfile, "vnd-1").Expression!).ShouldBeTrue();
    }

    [Fact]
    public void Key_UdiWithoutRegistrationNumber_IsTrue()
    {
        var device = ConformanceFiles.Sample(Samples.RegistryEntry);
        device.Identifier.Clear();

        FhirPathEngine.IsTrue(device, Invariant(RegistryProfile, "vnd-1").Expression!).ShouldBeTrue();
    }

    [Fact]
    public void Holder_WithoutDisplay_IsFalse()
    {
        var device = ConformanceFiles.Sample(Samples.RegistryEntry);
        device.Owner!.Display = null;

        FhirPathEngine.IsTrue(device, Invariant(RegistryProfile, "vnd-3").Expression!).ShouldBeFalse();
    }
}
