using Hl7.Fhir.Model;
using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.Terminology;

public sealed class RiskClassTests
{
    private static CodeSystem Codes => ConformanceFiles.ByUrl<CodeSystem>(ConformanceFiles.Canonical("CodeSystem", "risk-class"));

    [Fact]
    public void CodeSystem_Concepts_AreAToDWithVietnameseAndEnglish()
    {
        var codes = Codes;

        codes.Content.ShouldBe(CodeSystemContentMode.Complete);
        codes.Count.ShouldBe(codes.Concept.Count);
        codes.Concept.Select(c => c.Code).ShouldBe(["A", "B", "C", "D"]);
        foreach (var concept in codes.Concept)
        {
            concept.Display.ShouldStartWith("Loại " + concept.Code);
            concept.Designation.Single(d => d.Language == "en").Value.ShouldStartWith("Class " + concept.Code);
        }

        codes.Concept[0].Display!.ShouldContain("thấp");
        codes.Concept[3].Designation.Single().Value!.ShouldContain("high");
    }

    [Fact]
    public void Extension_Binding_IsRequiredToAValueSetOfTheCodeSystem()
    {
        var extension = ConformanceFiles.ByUrl<StructureDefinition>(ConformanceFiles.Canonical("StructureDefinition", "risk-class"));
        var value = extension.Differential!.Element.Single(e => e.Path == "Extension.value[x]");

        value.Type.ShouldHaveSingleItem().Code.ShouldBe("Coding");
        value.Binding!.Strength.ShouldBe(BindingStrength.Required);
        var valueSet = ConformanceFiles.ByUrl<ValueSet>(value.Binding.ValueSet!);
        valueSet.Compose!.Include.ShouldHaveSingleItem().System.ShouldBe(Codes.Url);
        Codes.ValueSet.ShouldBe(valueSet.Url);
    }

    [Theory]
    [InlineData(Samples.RegistryEntry)]
    [InlineData(Samples.InstanceImplanted)]
    public void Sample_RiskClass_IsACodeOfTheCodeSystem(string sample)
    {
        var coding = FhirPathEngine.Select(ConformanceFiles.Sample(sample), $"extension.where(url = '{ConformanceFiles.Canonical("StructureDefinition", "risk-class")}').value")
            .ShouldHaveSingleItem().ShouldBeOfType<Coding>();

        coding.System.ShouldBe(Codes.Url);
        Codes.Concept.Select(c => c.Code).ShouldContain(coding.Code);
    }
}
