using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.Parsing;

public sealed class ConformanceFileParsingTests
{
    [Theory]
    [MemberData(nameof(ConformanceFiles.FileNames), MemberType = typeof(ConformanceFiles))]
    public void TryParse_SchemaFile_IsValidFhirR4(string fileName)
    {
        var (resource, errors) = FhirJson.TryParse(File.ReadAllBytes(Path.Combine(ConformanceFiles.SchemaDirectory, fileName)));

        errors.ShouldBeEmpty();
        resource.ShouldNotBeNull();
    }

    [Fact]
    public void SchemaDirectory_CopiedBesideTests_HoldsEveryKindOfResource()
    {
        var types = ConformanceFiles.All.Select(f => f.Resource.TypeName).Distinct().Order(StringComparer.Ordinal).ToList();

        types.ShouldBe(["CapabilityStatement", "CodeSystem", "NamingSystem", "SearchParameter", "StructureDefinition", "ValueSet"]);
    }

    [Fact]
    public void TryParse_UnknownElement_ReportsAnError()
    {
        // The parser is strict: a misspelt element must not pass silently.
        var (_, errors) = FhirJson.TryParse("""{"resourceType":"SearchParameter","id":"x","urll":"https://fhir.meddevice.gov.vn/SearchParameter/x"}"""u8.ToArray());

        errors.ShouldNotBeEmpty();
    }
}
