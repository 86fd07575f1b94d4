using Hl7.Fhir.Model;
using MedDevice.Schemas.Tests.Infrastructure;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace MedDevice.Schemas.Tests.Capability;

public sealed class CapabilityStatementTests
{
    private const string CoreSearchParameterBase = "http://hl7.org/fhir/SearchParameter/";

    private static readonly string[] R4DeviceParameters =
        ["device-name", "identifier", "location", "manufacturer", "model", "organization", "patient", "status", "type", "udi-carrier", "udi-di", "url"];

    private static readonly string[] HubParameters = ["registration-number", "risk-class", "holder", "serial-number", "lot-number"];

    private static CapabilityStatement Statement =>
        ConformanceFiles.ByUrl<CapabilityStatement>(ConformanceFiles.Canonical("CapabilityStatement", "meddevice-hub"));

    private static RestComponent Rest => Statement.Rest.ShouldHaveSingleItem();

    private static ResourceComponent Resource(string type) => Rest.Resource.Single(r => r.Type == type);

    private static List<string> Interactions(string type) =>
        Resource(type).Interaction.Select(i => i.Code!.Value.ToString()).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Statement_Header_IsAnR4JsonAndXmlServerInstanceOfTheHub()
    {
        var statement = Statement;

        statement.Id.ShouldBe("meddevice-hub");
        statement.FhirVersion.ShouldBe(FHIRVersion.N4_0_1);
        statement.Format.ShouldBe(["json", "xml"]);
        statement.Kind.ShouldBe(CapabilityStatementKind.Instance);
        statement.Software!.Name.ShouldBe("MedDevice.Hub");
        statement.Implementation.ShouldNotBeNull("cpb-2: an instance statement describes its implementation");
        Rest.Mode.ShouldBe(RestfulCapabilityMode.Server);
        Rest.Resource.Select(r => r.Type).ShouldBe(["Device", "Provenance", "Organization"], ignoreOrder: true);
    }

    [Fact]
    public void Device_Interactions_AreExactlyThoseTheServerImplements()
    {
        Interactions("Device").ShouldBe(
            [nameof(TypeRestfulInteraction.Create), nameof(TypeRestfulInteraction.Delete), nameof(TypeRestfulInteraction.HistoryInstance),
             nameof(TypeRestfulInteraction.HistoryType), nameof(TypeRestfulInteraction.Read), nameof(TypeRestfulInteraction.SearchType),
             nameof(TypeRestfulInteraction.Update), nameof(TypeRestfulInteraction.Vread)]);
    }

    [Fact]
    public void Device_Flags_MatchTheDecisions()
    {
        var device = Resource("Device");

        device.Versioning.ShouldBe(ResourceVersionPolicy.VersionedUpdate);
        device.ReadHistory.ShouldBe(true);
        device.UpdateCreate.ShouldBe(true);
        device.ConditionalCreate.ShouldBe(true);
        device.ConditionalUpdate.ShouldBe(false);
        device.ConditionalDelete.ShouldBe(ConditionalDeleteStatus.NotSupported);
        device.SearchInclude.ShouldBeEmpty();
        device.SearchRevInclude.ShouldBeEmpty();
    }

    [Fact]
    public void Device_SearchParams_AreIdLastUpdatedTheR4OnesAndTheHubOnes()
    {
        var names = Resource("Device").SearchParam.Select(p => p.Name).ToList();

        names.ShouldBeUnique();
        names.ShouldBe(["_id", "_lastUpdated", .. R4DeviceParameters, .. HubParameters], ignoreOrder: true);
    }

    [Fact]
    public void Device_HubSearchParams_AreListedByCanonicalUrlWithTheirCodeAndType()
    {
        var listed = Resource("Device").SearchParam;
        var files = ConformanceFiles.OfType<SearchParameter>();

        files.Count.ShouldBe(HubParameters.Length);
        foreach (var file in files)
        {
            var entry = listed.SingleOrDefault(p => p.Definition == file.Url);
            entry.ShouldNotBeNull($"{file.Url} is not in the CapabilityStatement");
            entry.Name.ShouldBe(file.Code);
            entry.Type.ShouldBe(file.Type);
        }
    }

    [Fact]
    public void SearchParams_CoreDefinitions_ExistInR4WithTheSameNameAndType()
    {
        var core = Rest.Resource.SelectMany(r => r.SearchParam.Select(p => (Resource: r.Type, Param: p)))
            .Where(x => x.Param.Definition!.StartsWith(CoreSearchParameterBase, StringComparison.Ordinal)
                && !x.Param.Name!.StartsWith('_')).ToList();

        core.Count.ShouldBe(R4DeviceParameters.Length + 1);
        foreach (var (resource, param) in core)
        {
            var r4 = ModelInfo.SearchParameters.FirstOrDefault(d => d.Url == param.Definition);
            r4.ShouldNotBeNull($"{param.Definition} is not an R4 search parameter");
            r4.Resource.ShouldBe(resource);
            r4.Name.ShouldBe(param.Name);
            r4.Type.ShouldBe(param.Type!.Value);
        }
    }

    [Theory]
    [InlineData("_id", "Resource-id", SearchParamType.Token)]
    [InlineData("_lastUpdated", "Resource-lastUpdated", SearchParamType.Date)]
    public void Device_CommonSearchParam_UsesTheR4ResourceDefinition(string name, string id, SearchParamType type)
    {
        // Firely's ModelInfo lists no common (Resource-level) parameters, so these two are checked by name.
        var param = Resource("Device").SearchParam.Single(p => p.Name == name);

        param.Definition.ShouldBe(CoreSearchParameterBase + id);
        param.Type.ShouldBe(type);
    }

    [Fact]
    public void SearchParams_EveryDefinition_IsCoreOrAHubFile()
    {
        var hubUrls = ConformanceFiles.OfType<SearchParameter>().Select(p => p.Url).ToHashSet(StringComparer.Ordinal);

        foreach (var param in Rest.Resource.SelectMany(r => r.SearchParam))
        {
            (param.Definition!.StartsWith(CoreSearchParameterBase, StringComparison.Ordinal) || hubUrls.Contains(param.Definition))
                .ShouldBeTrue($"{param.Name}: {param.Definition}");
        }
    }

    [Fact]
    public void SearchParams_Documentation_StatesTheModifiersAndTokenForms()
    {
        foreach (var param in Rest.Resource.SelectMany(r => r.SearchParam))
        {
            param.Documentation.ShouldNotBeNullOrWhiteSpace(param.Name);
            if (param.Type == SearchParamType.String)
            {
                param.Documentation.ShouldContain(":exact", Case.Sensitive, param.Name);
                param.Documentation.ShouldContain(":contains", Case.Sensitive, param.Name);
            }

            if (param.Type == SearchParamType.Token)
            {
                param.Documentation.ShouldContain("[system]|[code]", Case.Sensitive, param.Name);
                param.Documentation.ShouldContain("|[code]` (no system)", Case.Sensitive, param.Name);
            }
        }
    }

    [Theory]
    [InlineData(":exact")]
    [InlineData(":contains")]
    [InlineData("_count")]
    [InlineData("_sort=_lastUpdated")]
    [InlineData("_summary=count")]
    [InlineData("POST [type]/_search")]
    public void Rest_Documentation_StatesTheSearchRules(string rule)
    {
        Rest.Documentation!.ShouldContain(rule, Case.Sensitive);
    }

    [Fact]
    public void Provenance_ReadAndSearchByTargetOnly()
    {
        Interactions("Provenance").ShouldBe([nameof(TypeRestfulInteraction.Read), nameof(TypeRestfulInteraction.SearchType)]);
        var target = Resource("Provenance").SearchParam.ShouldHaveSingleItem();
        target.Name.ShouldBe("target");
        target.Definition.ShouldBe(CoreSearchParameterBase + "Provenance-target");
    }

    [Fact]
    public void Organization_ReadOnly()
    {
        Interactions("Organization").ShouldBe([nameof(TypeRestfulInteraction.Read)]);
        Resource("Organization").SearchParam.ShouldBeEmpty();
    }

    [Fact]
    public void Device_SupportedProfiles_AreTheTwoHubProfiles()
    {
        var profiles = Resource("Device").SupportedProfile.ToList();

        profiles.ShouldBe(
            [ConformanceFiles.Canonical("StructureDefinition", "vn-registry-device"), ConformanceFiles.Canonical("StructureDefinition", "vn-device-instance")],
            ignoreOrder: true);
        foreach (var profile in profiles)
        {
            ConformanceFiles.ByUrl<StructureDefinition>(profile!).Type.ShouldBe("Device");
        }
    }
}
