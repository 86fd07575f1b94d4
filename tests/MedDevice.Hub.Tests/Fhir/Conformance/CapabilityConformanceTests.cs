using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using FhirParamType = Hl7.Fhir.Model.SearchParamType;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Conformance;

/// <summary>
/// <c>/fhir/metadata</c> says exactly what the server does: every declared search parameter is accepted under
/// <c>Prefer: handling=strict</c>, every indexed parameter is declared (name, definition URL, type), every declared
/// interaction answers (not 404/405 not-supported), and undeclared ones are refused.
/// </summary>
public sealed class CapabilityConformanceTests(SqliteFhirHost host) : IClassFixture<SqliteFhirHost>
{
    private readonly FhirRequests _fhir = new(host);

    [Fact]
    public async Task Metadata_Anonymous_IsAnR4CapabilityStatementInJson()
    {
        var statement = await host.Client(apiKey: null).CapabilityStatementAsync();

        statement!.FhirVersion.ShouldBe(FHIRVersion.N4_0_1);
        statement.Kind.ShouldBe(CapabilityStatementKind.Instance);
        statement.Format.ShouldBe(["json", "xml"]);
        statement.Rest.Single().Mode.ShouldBe(CapabilityStatement.RestfulCapabilityMode.Server);
    }

    [Fact]
    public async Task Metadata_DeviceSearchParameters_AreExactlyTheIndexedOnesPlusIdAndLastUpdated()
    {
        var declared = (await DeviceAsync()).SearchParam.ToDictionary(p => p.Name!, StringComparer.Ordinal);

        declared.Keys.ShouldBe(DeviceSearchParameters.All.Keys.Append("_id").Append("_lastUpdated"), ignoreOrder: true);
        foreach (var parameter in DeviceSearchParameters.All.Values)
        {
            declared[parameter.Name].Definition.ShouldBe(parameter.Definition, parameter.Name);
            declared[parameter.Name].Type.ShouldBe(FhirTypeOf(parameter.Type), parameter.Name);
        }

        declared["_id"].Definition.ShouldBe("http://hl7.org/fhir/SearchParameter/Resource-id");
        declared["_lastUpdated"].Definition.ShouldBe("http://hl7.org/fhir/SearchParameter/Resource-lastUpdated");
    }

    [Fact]
    public async Task Metadata_EveryDeclaredSearchParameter_IsAcceptedUnderStrictHandling()
    {
        var statement = await host.Client(apiKey: null).CapabilityStatementAsync();
        var refused = new List<string>();
        foreach (var resource in statement!.Rest.Single().Resource)
        {
            foreach (var parameter in resource.SearchParam)
            {
                var query = $"{resource.Type}?{parameter.Name}={Uri.EscapeDataString(SampleValue(parameter.Type))}";
                using var response = await _fhir.SendAsync(HttpMethod.Get, query, prefer: "handling=strict");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    refused.Add($"{query} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else
                {
                    (await FhirAssert.ResourceAsync(response)).ShouldBeOfType<Bundle>().Type.ShouldBe(Bundle.BundleType.Searchset);
                }
            }
        }

        refused.ShouldBeEmpty();
    }

    [Fact]
    public async Task Metadata_EveryDeclaredInteraction_Answers()
    {
        var statement = await host.Client(apiKey: null).CapabilityStatementAsync();
        var failures = new List<string>();
        foreach (var resource in statement!.Rest.Single().Resource)
        {
            foreach (var interaction in resource.Interaction)
            {
                var (status, detail) = await PerformAsync(resource.Type!, interaction.Code!.Value);
                if ((int)status >= 400)
                {
                    failures.Add($"{resource.Type} {interaction.Code} → {(int)status} {detail}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Metadata_DeclaredCapabilityFlags_MatchTheServer()
    {
        var device = await DeviceAsync();

        device.Versioning.ShouldBe(CapabilityStatement.ResourceVersionPolicy.VersionedUpdate);
        device.UpdateCreate.ShouldBe(true);
        device.ConditionalCreate.ShouldBe(true);
        device.ConditionalUpdate.ShouldBe(false);
        device.ConditionalDelete.ShouldBe(CapabilityStatement.ConditionalDeleteStatus.NotSupported);
        device.ConditionalRead.ShouldBe(CapabilityStatement.ConditionalReadStatus.NotSupported);
        device.ReadHistory.ShouldBe(true);
        using var conditionalUpdate = await _fhir.SendAsync(HttpMethod.Put, "Device?identifier=x", body: FhirRequests.DeviceBody(RegistryDevices.UniqueEntry()));
        using var conditionalDelete = await _fhir.SendAsync(HttpMethod.Delete, "Device?identifier=x");
        await FhirAssert.OutcomeAsync(conditionalUpdate, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported);
        await FhirAssert.OutcomeAsync(conditionalDelete, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported);
    }

    [Theory]
    [InlineData("PATCH", "Device/x")]
    [InlineData("POST", "")]
    [InlineData("GET", "_history")]
    [InlineData("GET", "?_type=Device")]
    [InlineData("GET", "Provenance/_history")]
    [InlineData("POST", "Provenance")]
    public async Task Metadata_UndeclaredInteraction_IsRefusedAsNotSupported(string method, string path)
    {
        using var response = await _fhir.SendAsync(new HttpMethod(method), path, body: method == "GET" ? null : "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        // Provenance/_history reads as a Provenance id: not-found is as true a refusal as not-supported.
        await FhirAssert.OutcomeAsync(response, response.StatusCode,
            path == "Provenance/_history" ? OperationOutcome.IssueType.NotFound : OperationOutcome.IssueType.NotSupported);
    }

    private async Task<CapabilityStatement.ResourceComponent> DeviceAsync() =>
        (await host.Client(apiKey: null).CapabilityStatementAsync())!.Rest.Single().Resource.Single(r => r.Type == "Device");

    private static FhirParamType FhirTypeOf(MedDevice.Hub.Core.Registry.SearchParamType type) => type switch
    {
        MedDevice.Hub.Core.Registry.SearchParamType.Text => FhirParamType.String,
        MedDevice.Hub.Core.Registry.SearchParamType.Token => FhirParamType.Token,
        MedDevice.Hub.Core.Registry.SearchParamType.Reference => FhirParamType.Reference,
        MedDevice.Hub.Core.Registry.SearchParamType.Uri => FhirParamType.Uri,
        _ => throw new InvalidOperationException($"Unknown indexed parameter type {type}."),
    };

    private static string SampleValue(FhirParamType? type) => type switch
    {
        FhirParamType.Date => "ge2020-01-01",
        FhirParamType.Reference => "Device/sample",
        FhirParamType.Uri => "https://example.org/sample",
        FhirParamType.Token => "https://example.org/system|sample",
        FhirParamType.String => "sample",
        _ => throw new InvalidOperationException($"No sample value for search parameter type {type}: add one."),
    };

    /// <summary>Performs the interaction on a device created for it; the status and body.</summary>
    private async Task<(HttpStatusCode Status, string Detail)> PerformAsync(string type, CapabilityStatement.TypeRestfulInteraction interaction)
    {
        var (id, provenanceId) = await ExistingAsync();
        var path = (type, interaction) switch
        {
            ("Device", CapabilityStatement.TypeRestfulInteraction.Read) => (HttpMethod.Get, $"Device/{id}", (string?)null),
            ("Device", CapabilityStatement.TypeRestfulInteraction.Vread) => (HttpMethod.Get, $"Device/{id}/_history/1", null),
            ("Device", CapabilityStatement.TypeRestfulInteraction.Update) => (HttpMethod.Put, $"Device/{id}", UpdatedBody(id)),
            ("Device", CapabilityStatement.TypeRestfulInteraction.Delete) => (HttpMethod.Delete, $"Device/{(await ExistingAsync(fresh: true)).Id}", null),
            ("Device", CapabilityStatement.TypeRestfulInteraction.HistoryInstance) => (HttpMethod.Get, $"Device/{id}/_history", null),
            ("Device", CapabilityStatement.TypeRestfulInteraction.HistoryType) => (HttpMethod.Get, "Device/_history", null),
            ("Device", CapabilityStatement.TypeRestfulInteraction.Create) => (HttpMethod.Post, "Device", FhirRequests.DeviceBody(RegistryDevices.UniqueEntry())),
            ("Device", CapabilityStatement.TypeRestfulInteraction.SearchType) => (HttpMethod.Get, "Device?status=active", null),
            ("Provenance", CapabilityStatement.TypeRestfulInteraction.Read) => (HttpMethod.Get, $"Provenance/{provenanceId}", null),
            ("Provenance", CapabilityStatement.TypeRestfulInteraction.SearchType) => (HttpMethod.Get, $"Provenance?target=Device/{id}", null),
            ("Organization", CapabilityStatement.TypeRestfulInteraction.Read) =>
                (HttpMethod.Get, "Organization/" + await OrganizationRecords.VerifiedAsync(host, "0100109106", "Công ty mẫu"), null),
            _ => (HttpMethod.Get, $"{type}/{Guid.NewGuid():N}", null),
        };
        using var response = await _fhir.SendAsync(path.Item1, path.Item2, body: path.Item3);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 300 ? text[..300] : text);
    }

    private string UpdatedBody(string id)
    {
        var device = RegistryDevices.UniqueEntry("Cập nhật " + Guid.NewGuid().ToString("N")[..6]);
        device.Id = id;
        device.UdiCarrier.Clear();
        device.Identifier.Clear();
        device.Identifier.Add(new Identifier(MedDevice.Mappings.Common.NamingSystems.RegistrationNumber, RegistryDevices.UniqueRegistrationNumber()));
        return FhirRequests.DeviceBody(device, id);
    }

    private async Task<(string Id, string ProvenanceId)> ExistingAsync(bool fresh = false)
    {
        var created = await host.OnceAsync(fresh ? "conformance-" + Guid.NewGuid().ToString("N") : "conformance", async h =>
        {
            var client = h.Client();
            var device = await client.CreateAsync(RegistryDevices.UniqueEntry());
            var journey = await client.SearchAsync<Provenance>(new SearchParams().Add("target", $"Device/{device!.Id}"));
            return new[] { device.Id!, journey!.Entry[0].Resource!.Id! };
        });
        return (created[0], created[1]);
    }
}
