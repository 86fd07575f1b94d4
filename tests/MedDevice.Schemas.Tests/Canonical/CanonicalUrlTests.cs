using Hl7.Fhir.Model;
using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.Canonical;

public sealed class CanonicalUrlTests
{
    private const string OtherBase = "https://hub.example.org/fhir-conformance";

    private static readonly HashSet<string> CanonicalTypes =
        new(["CapabilityStatement", "CodeSystem", "NamingSystem", "SearchParameter", "StructureDefinition", "ValueSet"], StringComparer.Ordinal);

    private static string Text(string fileName) => File.ReadAllText(Path.Combine(ConformanceFiles.SchemaDirectory, fileName));

    [Theory]
    [MemberData(nameof(ConformanceFiles.FileNames), MemberType = typeof(ConformanceFiles))]
    public void FileName_Resource_IsTypeDashId(string fileName)
    {
        var resource = ConformanceFiles.All.Single(f => f.FileName == fileName).Resource;

        fileName.ShouldBe($"{resource.TypeName}-{resource.Id}.json");
    }

    [Theory]
    [MemberData(nameof(ConformanceFiles.FileNames), MemberType = typeof(ConformanceFiles))]
    public void Url_Resource_IsBaseTypeId(string fileName)
    {
        var resource = ConformanceFiles.All.Single(f => f.FileName == fileName).Resource;
        var expected = ConformanceFiles.Canonical(resource.TypeName, resource.Id);

        // R4 NamingSystem has no url: its preferred uniqueId plays that part.
        var url = resource is NamingSystem naming
            ? naming.UniqueId.Single(u => u.Preferred == true).Value
            : ((IConformanceResource)resource).Url;
        url.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(ConformanceFiles.FileNames), MemberType = typeof(ConformanceFiles))]
    public void HubUrls_AnywhereInFile_UseTheBaseAndResolveToAFile(string fileName)
    {
        var known = ConformanceFiles.All.Select(f => ConformanceFiles.Canonical(f.Resource.TypeName, f.Resource.Id)).ToHashSet(StringComparer.Ordinal);

        foreach (var url in HubUrls.In(Text(fileName)))
        {
            (url == ConformanceFiles.CanonicalBase || url.StartsWith(ConformanceFiles.CanonicalBase + "/", StringComparison.Ordinal))
                .ShouldBeTrue($"{url} does not use the canonical base {ConformanceFiles.CanonicalBase}");
            if (url != ConformanceFiles.CanonicalBase)
            {
                var type = url[(ConformanceFiles.CanonicalBase.Length + 1)..].Split('/')[0];
                CanonicalTypes.ShouldContain(type, $"{url}: unknown resource type in a hub canonical");
                known.ShouldContain(url, $"{url} does not resolve to a file in schemas/fhir");
            }
        }
    }

    [Fact]
    public void HubUrls_Finder_SeesMisspeltHostsAndSchemes()
    {
        HubUrls.In("see http://fhir.meddevice.gov.vn/NamingSystem/tax-code, and 'https://fhir.meddevice.gov.vn/CodeSystem/risk-class'.")
            .ShouldBe(["http://fhir.meddevice.gov.vn/NamingSystem/tax-code", "https://fhir.meddevice.gov.vn/CodeSystem/risk-class"]);
    }

    [Theory]
    [MemberData(nameof(ConformanceFiles.FileNames), MemberType = typeof(ConformanceFiles))]
    public void RewriteBase_StringReplace_GivesAValidResourceOnTheNewBase(string fileName)
    {
        var rewritten = Text(fileName).Replace(ConformanceFiles.CanonicalBase, OtherBase, StringComparison.Ordinal);

        var (resource, errors) = FhirJson.TryParse(System.Text.Encoding.UTF8.GetBytes(rewritten));

        errors.ShouldBeEmpty();
        HubUrls.In(rewritten).ShouldBeEmpty("every hub URL must be written with exactly the canonical base");
        var url = resource is NamingSystem naming ? naming.UniqueId.Single(u => u.Preferred == true).Value : ((IConformanceResource)resource!).Url;
        url.ShouldBe($"{OtherBase}/{resource!.TypeName}/{resource.Id}");
    }

    [Fact]
    public void Ids_AcrossFilesOfOneType_AreUnique()
    {
        ConformanceFiles.All.Select(f => $"{f.Resource.TypeName}/{f.Resource.Id}").ShouldBeUnique();
    }
}
