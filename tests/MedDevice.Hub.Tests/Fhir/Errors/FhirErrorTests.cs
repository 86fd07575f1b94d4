using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Errors;

/// <summary>
/// Every refusal of the FHIR API is an OperationOutcome (application/fhir+json) with the right HTTP status and issue code:
/// searches, authentication and grants, unknown ids and interactions, rate limit and time-out. Writes: <see cref="FhirWriteErrorTests"/>.
/// </summary>
public sealed class FhirErrorTests(SqliteFhirHost host) : IClassFixture<SqliteFhirHost>
{
    private const OperationOutcome.IssueType Invalid = OperationOutcome.IssueType.Invalid;
    private readonly FhirRequests _fhir = new(host);

    [Theory]
    [InlineData("Device?unknown-parameter=1")]
    [InlineData("Device?device-name=a&_include=Device:organization")]
    public async Task Search_UnknownParameterUnderStrictHandling_Returns400(string query)
    {
        using var response = await _fhir.SendAsync(HttpMethod.Get, query, prefer: "handling=strict");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Search_UnknownParameterLenient_IgnoresItAndSaysSoInAnOutcomeEntry()
    {
        using var response = await _fhir.SendAsync(HttpMethod.Get, "Device?unknown-parameter=1&_count=1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bundle = (await FhirAssert.ResourceAsync(response)).ShouldBeOfType<Bundle>();
        var outcome = bundle.Entry.Single(e => e.Search?.Mode == Bundle.SearchEntryMode.Outcome).Resource.ShouldBeOfType<OperationOutcome>();
        outcome.Issue[0].Diagnostics!.ShouldContain("unknown-parameter");
        bundle.Link.Single(l => l.Relation == "self").Url!.ShouldNotContain("unknown-parameter");
    }

    [Theory]
    [InlineData("Device?device-name:below=may")]
    [InlineData("Device?status:contains=active")]
    [InlineData("Device?_id:exact=x")]
    [InlineData("Device?organization:missing=true")]
    [InlineData("Device?_count=-1")]
    [InlineData("Device?_count=ten")]
    [InlineData("Device?_sort=device-name")]
    [InlineData("Device?_summary=text")]
    [InlineData("Device?_lastUpdated=yesterday")]
    [InlineData("Device?_lastUpdated=2025-13-01")]
    [InlineData("Device?_lastUpdated=ge2025-01-01,le2025-02-01")]
    [InlineData("Device?device-name=")]
    [InlineData("Device?_cursor=not-a-cursor")]
    [InlineData("Device/_history?_since=soon")]
    [InlineData("Device/_history?_cursor=!!")]
    [InlineData("Device/_history?_count=ten")]
    [InlineData("Provenance")]
    [InlineData("Provenance?target=Organization/1")]
    public async Task Search_BadParameterModifierOrValue_Returns400(string query)
    {
        using var response = await _fhir.SendAsync(HttpMethod.Get, query);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task AnyInteraction_WithoutKey_Returns401()
    {
        using var response = await _fhir.SendAsync(HttpMethod.Get, "Device?status=active", key: null);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
    }

    [Fact]
    public async Task AnyInteraction_WithUnknownKey_Returns401()
    {
        using var response = await _fhir.SendAsync(HttpMethod.Get, "Device/x", key: "not-a-key");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
    }

    [Theory]
    [InlineData(FhirPartners.CustomsKey, "GET", "Device/any")]
    [InlineData(FhirPartners.CustomsKey, "GET", "Device?status=active")]
    [InlineData(FhirPartners.CustomsKey, "POST", "Device")]
    [InlineData(FhirPartners.CustomsKey, "GET", "Provenance?target=Device/any")]
    [InlineData(FhirPartners.ReaderKey, "GET", "Device?status=active")]
    [InlineData(FhirPartners.ReaderKey, "GET", "Device/any/_history")]
    [InlineData(FhirPartners.ReaderKey, "POST", "Device")]
    [InlineData(FhirPartners.ReaderKey, "DELETE", "Device/any")]
    [InlineData(FhirPartners.AdminKey, "POST", "Device")]
    [InlineData(FhirPartners.AdminKey, "PUT", "Device/any")]
    [InlineData(FhirPartners.AdminKey, "DELETE", "Device/any")]
    public async Task Interaction_PartnerWithoutTheGrant_Returns403(string key, string method, string path)
    {
        var body = method is "POST" or "PUT" ? FhirRequests.DeviceBody(RegistryDevices.UniqueEntry(), id: path.Split('/').ElementAtOrDefault(1)) : null;

        using var response = await _fhir.SendAsync(new HttpMethod(method), path, key, body);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Forbidden, OperationOutcome.IssueType.Forbidden);
    }

    [Fact]
    public async Task Read_PartnerGrantedDeviceRead_IsAllowed()
    {
        var id = await _fhir.CreateAsync(RegistryDevices.UniqueEntry());

        using var response = await _fhir.SendAsync(HttpMethod.Get, $"Device/{id}", FhirPartners.ReaderKey);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Device/no-such-device")]
    [InlineData("Device/no-such-device/_history")]
    [InlineData("Device/no-such-device/_history/1")]
    [InlineData("Provenance/no-such-provenance")]
    public async Task Read_UnknownId_Returns404(string path)
    {
        using var response = await _fhir.SendAsync(HttpMethod.Get, path);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [InlineData("GET", "Device/not_a_fhir_id")]
    [InlineData("GET", "Device/not_a_fhir_id/_history")]
    [InlineData("GET", "Device/not_a_fhir_id/_history/1")]
    [InlineData("DELETE", "Device/not_a_fhir_id")]
    public async Task Interaction_IdThatCannotBeAFhirId_Returns400(string method, string path)
    {
        using var response = await _fhir.SendAsync(new HttpMethod(method), path);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task VRead_UnknownVersionOfKnownDevice_Returns404()
    {
        var id = await _fhir.CreateAsync(RegistryDevices.UniqueEntry());

        using var response = await _fhir.SendAsync(HttpMethod.Get, $"Device/{id}/_history/7");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [InlineData("GET", "Patient/example")]
    [InlineData("GET", "Organization?name=x")]
    [InlineData("POST", "Patient")]
    [InlineData("PATCH", "Device/x")]
    public async Task Interaction_NotImplemented_Returns404NotSupported(string method, string path)
    {
        using var response = await _fhir.SendAsync(new HttpMethod(method), path, body: method == "GET" ? null : "{}");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported);
    }

    [Fact]
    public async Task SearchPost_NotAForm_Returns415()
    {
        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device/_search", body: "{\"status\":\"active\"}", contentType: "application/json");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported);
    }

    [Fact]
    public async Task Search_OverThePartnersRateLimit_Returns429OutcomeWithRetryAfter()
    {
        var statuses = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                statuses.Add(await _fhir.SendAsync(HttpMethod.Get, "Device?status=active&_count=1", FhirPartners.ThrottledKey));
            }

            var refused = statuses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            refused.Headers.RetryAfter.ShouldNotBeNull();
            await FhirAssert.OutcomeAsync(refused, HttpStatusCode.TooManyRequests, OperationOutcome.IssueType.Throttled);
        }
        finally
        {
            statuses.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task RequestTimeout_OnFhirEndpoint_WritesA504Outcome()
    {
        var policy = host.Factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.DefaultPolicy!;
        var context = new DefaultHttpContext { RequestServices = host.Factory.Services };
        context.Request.Path = "/fhir/Device";
        // As routing leaves it: the time-out answer follows the endpoint's declared protocol, not the path.
        context.SetEndpoint(host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.RoutePattern.RawText == "/fhir/Device" && e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Contains("GET")));
        context.Response.Body = new MemoryStream();

        await policy.WriteTimeoutResponse!(context);

        context.Response.StatusCode.ShouldBe(504);
        context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/fhir+json");
        context.Response.Body.Position = 0;
        using var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode) { Content = new StreamContent(context.Response.Body) };
        response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Response.ContentType);
        await FhirAssert.OutcomeAsync(response, HttpStatusCode.GatewayTimeout, OperationOutcome.IssueType.Timeout);
    }
}
