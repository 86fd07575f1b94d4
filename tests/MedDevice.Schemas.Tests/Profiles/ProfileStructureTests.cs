using Hl7.Fhir.Model;
using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.Profiles;

public sealed class ProfileStructureTests
{
    private static StructureDefinition Profile(string id) =>
        ConformanceFiles.ByUrl<StructureDefinition>(ConformanceFiles.Canonical("StructureDefinition", id));

    public static TheoryData<string> StructureDefinitionIds() =>
        new(ConformanceFiles.OfType<StructureDefinition>().Select(s => s.Id!).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("vn-registry-device", Samples.RegistryEntry)]
    [InlineData("vn-device-instance", Samples.InstanceImplanted)]
    public void Violations_ValidSample_None(string profileId, string sample)
    {
        DifferentialCardinality.Violations(Profile(profileId), ConformanceFiles.Sample(sample)).ShouldBeEmpty();
    }

    [Fact]
    public void Violations_InvalidRegistryEntry_NameEveryBrokenElement()
    {
        var violations = DifferentialCardinality.Violations(Profile("vn-registry-device"), ConformanceFiles.Sample(Samples.InvalidRegistryEntry));

        violations.ShouldBe(
            [
                "Device.extension:riskClass: 0 not in 1..1",
                "Device.udiCarrier.deviceIdentifier: 0 not in 1..*",
                "Device.udiCarrier.carrierHRF: 1 not in 0..0",
                "Device.lotNumber: 1 not in 0..0",
                "Device.deviceName: 0 not in 1..*",
                "Device.owner.display: 0 not in 1..*",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Violations_InvalidInstance_NameEveryBrokenElement()
    {
        var violations = DifferentialCardinality.Violations(Profile("vn-device-instance"), ConformanceFiles.Sample(Samples.InvalidInstance));

        violations.ShouldBe(
            [
                "Device.udiCarrier: 2 not in 0..1",
                "Device.udiCarrier.deviceIdentifier: 0 not in 1..*",
                "Device.udiCarrier.deviceIdentifier: 0 not in 1..*",
                "Device.udiCarrier.issuer: 0 not in 1..*",
                "Device.udiCarrier.issuer: 0 not in 1..*",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Violations_RegistryProfileOnInstance_RejectsEveryProductionIdentifier()
    {
        var violations = DifferentialCardinality.Violations(Profile("vn-registry-device"), ConformanceFiles.Sample(Samples.InstanceImplanted));

        violations.ShouldBe(
            [
                "Device.extension:registryEntry: 1 not in 0..0",
                "Device.udiCarrier.carrierHRF: 1 not in 0..0",
                "Device.manufactureDate: 1 not in 0..0",
                "Device.expirationDate: 1 not in 0..0",
                "Device.lotNumber: 1 not in 0..0",
                "Device.serialNumber: 1 not in 0..0",
                "Device.patient: 1 not in 0..0",
            ],
            ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(StructureDefinitionIds))]
    public void Differential_EveryPath_ExistsInR4InElementOrder(string id)
    {
        var previous = new List<int>();
        foreach (var element in ConformanceFiles.OfType<StructureDefinition>().Single(s => s.Id == id).Differential!.Element)
        {
            var order = DeviceElementPaths.Resolve(element.Path!);
            order.ShouldNotBeNull($"{element.ElementId}: no such element in R4");
            CompareOrder(order, previous).ShouldBeGreaterThanOrEqualTo(0, $"{element.ElementId} is out of R4 element order");
            string.Join('.', element.ElementId!.Split('.').Select(part => part.Split(':')[0])).ShouldBe(element.Path, "the id is the path plus slice names");
            previous = [.. order];
        }
    }

    [Theory]
    [MemberData(nameof(StructureDefinitionIds))]
    public void Header_StructureDefinition_IsAnR4ConstraintOnItsBase(string id)
    {
        var definition = ConformanceFiles.OfType<StructureDefinition>().Single(s => s.Id == id);

        definition.FhirVersion.ShouldBe(FHIRVersion.N4_0_1);
        definition.Derivation.ShouldBe(StructureDefinition.TypeDerivationRule.Constraint);
        definition.BaseDefinition.ShouldBe("http://hl7.org/fhir/StructureDefinition/" + definition.Type);
        definition.Differential!.Element[0].Path.ShouldBe(definition.Type);
        definition.Description.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("vn-registry-device")]
    [InlineData("vn-device-instance")]
    public void Description_DeviceProfile_WritesDownTheSharedDecisions(string id)
    {
        var description = Profile(id).Description!;

        description.ShouldContain(ConformanceFiles.CanonicalBase + "/NamingSystem/registration-number");
        description.ShouldContain(ConformanceFiles.CanonicalBase + "/NamingSystem/tax-code");
        description.ShouldContain(ConformanceFiles.CanonicalBase + "/StructureDefinition/registry-entry");
        description.ShouldContain("http://hl7.org/fhir/NamingSystem/gs1-di");
        description.ShouldContain("http://hl7.org/fhir/NamingSystem/hibcc-dI");
        description.ShouldContain("http://hl7.org/fhir/NamingSystem/iccbba-other-di");
        description.ShouldContain("DI level vs instance level");
    }

    [Fact]
    public void Extensions_Context_IsDevice()
    {
        foreach (var id in new[] { "risk-class", "registry-entry" })
        {
            var extension = Profile(id);
            extension.Type.ShouldBe("Extension");
            extension.Context.ShouldHaveSingleItem().Expression.ShouldBe("Device");
            extension.Differential!.Element.Single(e => e.Path == "Extension.url").Fixed.ShouldBeOfType<FhirUri>().Value.ShouldBe(extension.Url);
        }
    }

    private static int CompareOrder(IReadOnlyList<int> current, List<int> previous)
    {
        for (var i = 0; i < Math.Min(current.Count, previous.Count); i++)
        {
            if (current[i] != previous[i])
            {
                return current[i].CompareTo(previous[i]);
            }
        }

        return current.Count.CompareTo(previous.Count) >= 0 ? 1 : 0;
    }
}
