using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Formats;

/// <summary>
/// FHIR XML at the edge: the Firely client speaking XML creates, reads and searches; <c>_format</c> and <c>Accept</c>
/// choose the answer's format; anything else is 406; bad XML bodies are OperationOutcomes.
/// </summary>
public sealed class FhirXmlTests(SqliteFhirHost host) : IClassFixture<SqliteFhirHost>
{
    [Fact]
    public async Task FirelyClient_Xml_CreateReadSearchRoundTrip()
    {
        var client = host.Client(format: ResourceFormat.Xml);
        var device = RegistryDevices.UniqueEntry("Máy thở XML");

        var created = await client.CreateAsync(device);
        var read = await client.ReadAsync<Device>($"Device/{created!.Id}");
        var found = await client.SearchAsync<Device>(new SearchParams().Where($"identifier={RegistryDevices.RegistrationNumberOf(device)}"));

        created.DeviceName[0].Name.ShouldBe("Máy thở XML");
        read!.Meta!.VersionId.ShouldBe("1");
        read.UdiCarrier[0].DeviceIdentifier.ShouldBe(device.UdiCarrier[0].DeviceIdentifier);
        found!.Entry.ShouldHaveSingleItem().Resource!.Id.ShouldBe(created.Id);
    }

    [Theory]
    [InlineData("_format=xml", null, "application/fhir+xml")]
    [InlineData("_format=application/fhir%2Bxml", null, "application/fhir+xml")]
    [InlineData("_format=json", "application/fhir+xml", "application/fhir+json")]
    [InlineData("", "application/fhir+xml", "application/fhir+xml")]
    [InlineData("", "application/xml;q=0.5, application/json", "application/fhir+json")]
    [InlineData("", "text/xml", "application/fhir+xml")]
    [InlineData("", "*/*", "application/fhir+json")]
    [InlineData("", null, "application/fhir+json")]
    public async Task Metadata_FormatOrAccept_ChoosesTheAnswersFormat(string query, string? accept, string expected)
    {
        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "fhir/metadata" + (query.Length > 0 ? "?" + query : ""));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
        var body = await response.Content.ReadAsStringAsync();
        if (expected.EndsWith("xml", StringComparison.Ordinal))
        {
            body.ShouldStartWith("<CapabilityStatement xmlns=\"http://hl7.org/fhir\"");
        }
        else
        {
            System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("resourceType").GetString().ShouldBe("CapabilityStatement");
        }
    }

    [Theory]
    [InlineData("_format=turtle", null)]
    [InlineData("", "text/turtle")]
    [InlineData("", "text/html")]
    public async Task Read_UnsupportedFormat_Returns406Outcome(string query, string? accept)
    {
        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "fhir/Device?_count=1" + (query.Length > 0 ? "&" + query : ""));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await http.SendAsync(request);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotAcceptable, OperationOutcome.IssueType.NotSupported);
    }

    [Theory]
    [InlineData("<Device xmlns=\"http://hl7.org/fhir\"><status value=\"active\"")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"boom\">]><Device xmlns=\"http://hl7.org/fhir\"><status value=\"&e;\"/></Device>")]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>")]
    public async Task Create_BadXmlBody_ReturnsOutcomeAndStoresNothing(string xml)
    {
        using var http = host.Http();
        using var content = new StringContent(xml, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+xml");

        using var response = await http.PostAsync("fhir/Device", content);

        ((int)response.StatusCode).ShouldBeInRange(400, 422);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"resourceType\":\"OperationOutcome\"");
    }
}
