using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Errors;

/// <summary>Every refusal of the FHIR API is an OperationOutcome (application/fhir+json) with the right HTTP status and issue code.</summary>
public sealed class FhirErrorTests(SqliteFhirHost host) : IClassFixture<SqliteFhirHost>
{
    private const OperationOutcome.IssueType Invalid = OperationOutcome.IssueType.Invalid;

    [Theory]
    [InlineData("Device?unknown-parameter=1")]
    [InlineData("Device?device-name=a&_include=Device:organization")]
    public async Task Search_UnknownParameterUnderStrictHandling_Returns400(string query)
    {
        using var response = await SendAsync(HttpMethod.Get, query, prefer: "handling=strict");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Search_UnknownParameterLenient_IgnoresItAndSaysSoInAnOutcomeEntry()
    {
        using var response = await SendAsync(HttpMethod.Get, "Device?unknown-parameter=1&_count=1");

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
    [InlineData("Provenance")]
    [InlineData("Provenance?target=Organization/1")]
    public async Task Search_BadParameterModifierOrValue_Returns400(string query)
    {
        using var response = await SendAsync(HttpMethod.Get, query);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task AnyInteraction_WithoutKey_Returns401()
    {
        using var response = await SendAsync(HttpMethod.Get, "Device?status=active", key: null);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
    }

    [Fact]
    public async Task AnyInteraction_WithUnknownKey_Returns401()
    {
        using var response = await SendAsync(HttpMethod.Get, "Device/x", key: "not-a-key");

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
        var body = method is "POST" or "PUT" ? DeviceBody(RegistryDevices.UniqueEntry(), id: path.Split('/').ElementAtOrDefault(1)) : null;

        using var response = await SendAsync(new HttpMethod(method), path, key, body);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Forbidden, OperationOutcome.IssueType.Forbidden);
    }

    [Fact]
    public async Task Read_PartnerGrantedDeviceRead_IsAllowed()
    {
        var id = await CreateAsync(RegistryDevices.UniqueEntry());

        using var response = await SendAsync(HttpMethod.Get, $"Device/{id}", FhirPartners.ReaderKey);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Device/no-such-device")]
    [InlineData("Device/no-such-device/_history")]
    [InlineData("Device/no-such-device/_history/1")]
    [InlineData("Provenance/no-such-provenance")]
    public async Task Read_UnknownId_Returns404(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [InlineData("GET", "Device/not_a_fhir_id")]
    [InlineData("GET", "Device/not_a_fhir_id/_history")]
    [InlineData("GET", "Device/not_a_fhir_id/_history/1")]
    [InlineData("DELETE", "Device/not_a_fhir_id")]
    public async Task Interaction_IdThatCannotBeAFhirId_Returns400(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path);

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task VRead_UnknownVersionOfKnownDevice_Returns404()
    {
        var id = await CreateAsync(RegistryDevices.UniqueEntry());

        using var response = await SendAsync(HttpMethod.Get, $"Device/{id}/_history/7");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [InlineData("GET", "Patient/example")]
    [InlineData("GET", "Organization?name=x")]
    [InlineData("POST", "Patient")]
    [InlineData("PATCH", "Device/x")]
    public async Task Interaction_NotImplemented_Returns404NotSupported(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path, body: method == "GET" ? null : "{}");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported);
    }

    [Fact]
    public async Task ReadUpdateVRead_RevokedDevice_Return410()
    {
        var device = RegistryDevices.UniqueEntry();
        var id = await CreateAsync(device);
        using (var deleted = await SendAsync(HttpMethod.Delete, $"Device/{id}"))
        {
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var read = await SendAsync(HttpMethod.Get, $"Device/{id}");
        using var vread = await SendAsync(HttpMethod.Get, $"Device/{id}/_history/2");
        using var update = await SendAsync(HttpMethod.Put, $"Device/{id}", body: DeviceBody(device, id));
        using var recreate = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(device));

        await FhirAssert.OutcomeAsync(read, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
        await FhirAssert.OutcomeAsync(vread, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
        await FhirAssert.OutcomeAsync(update, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
        await FhirAssert.OutcomeAsync(recreate, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
    }

    [Fact]
    public async Task Update_StaleIfMatch_Returns412()
    {
        var device = RegistryDevices.UniqueEntry();
        var id = await CreateAsync(device);
        device.ModelNumber = "M-2";
        using (var current = await SendAsync(HttpMethod.Put, $"Device/{id}", body: DeviceBody(device, id), ifMatch: "W/\"1\""))
        {
            current.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        device.ModelNumber = "M-3";
        using var stale = await SendAsync(HttpMethod.Put, $"Device/{id}", body: DeviceBody(device, id), ifMatch: "W/\"1\"");

        await FhirAssert.OutcomeAsync(stale, HttpStatusCode.PreconditionFailed, OperationOutcome.IssueType.Conflict);
    }

    [Fact]
    public async Task Update_IfMatchOnUnknownId_Returns412()
    {
        var device = RegistryDevices.UniqueEntry();

        using var response = await SendAsync(HttpMethod.Put, "Device/never-created-1", body: DeviceBody(device, "never-created-1"), ifMatch: "W/\"1\"");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.PreconditionFailed, OperationOutcome.IssueType.Conflict);
    }

    [Fact]
    public async Task ConditionalCreate_SeveralMatches_Returns412()
    {
        var name = "Máy đo nhiều kết quả " + Guid.NewGuid().ToString("N")[..6];
        await CreateAsync(RegistryDevices.UniqueEntry(name));
        await CreateAsync(RegistryDevices.UniqueEntry(name));

        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(RegistryDevices.UniqueEntry(name)),
            ifNoneExist: "device-name:exact=" + Uri.EscapeDataString(name));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.PreconditionFailed, OperationOutcome.IssueType.MultipleMatches);
    }

    [Fact]
    public async Task ConditionalCreate_BadCondition_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(RegistryDevices.UniqueEntry()), ifNoneExist: "no-such-parameter=1");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Create_DuplicateKeyWithoutCondition_Returns409()
    {
        var device = RegistryDevices.UniqueEntry();
        await CreateAsync(device);

        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(device));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Conflict, OperationOutcome.IssueType.Duplicate);
    }

    [Fact]
    public async Task Update_KeysOfAnotherDevice_Returns409()
    {
        var first = RegistryDevices.UniqueEntry();
        await CreateAsync(first);
        var second = RegistryDevices.UniqueEntry();
        var secondId = await CreateAsync(second);
        second.Identifier = first.Identifier;

        using var response = await SendAsync(HttpMethod.Put, $"Device/{secondId}", body: DeviceBody(second, secondId));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Conflict, OperationOutcome.IssueType.Conflict);
    }

    [Fact]
    public async Task Create_DeviceWithoutUdiOrRegistrationNumber_Returns422()
    {
        var device = new Device { Status = Device.FHIRDeviceStatus.Active, DeviceName = [new Device.DeviceNameComponent { Name = "Không có khóa", Type = DeviceNameType.UserFriendlyName }] };

        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(device));

        var outcome = await FhirAssert.OutcomeAsync(response, HttpStatusCode.UnprocessableEntity, OperationOutcome.IssueType.Invariant);
        outcome.Issue[0].Diagnostics!.ShouldContain("FEED-REG-003");
    }

    [Theory]
    [InlineData("text/plain", "hello")]
    [InlineData("application/fhir+xml", "<Device xmlns=\"http://hl7.org/fhir\"><status value=\"active\"/></Device>")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Device\",")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Patient\",\"active\":true}")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Device\",\"status\":\"switched-on\"}")]
    [InlineData("application/fhir+json", "")]
    public async Task Create_NotAFhirDeviceBody_Returns400Or415(string contentType, string body)
    {
        using var response = await SendAsync(HttpMethod.Post, "Device", body: body, contentType: contentType);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType);
        var outcome = await FhirAssert.OutcomeAsync(response, response.StatusCode,
            response.StatusCode == HttpStatusCode.BadRequest ? OperationOutcome.IssueType.Structure : OperationOutcome.IssueType.NotSupported);
        outcome.Issue[0].Diagnostics.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Update_BodyIdDiffersFromUrl_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Put, "Device/url-id", body: DeviceBody(RegistryDevices.UniqueEntry(), "body-id"));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Update_InvalidId_Returns400()
    {
        var id = "not_valid_" + new string('x', 70);

        using var response = await SendAsync(HttpMethod.Put, $"Device/{id}", body: DeviceBody(RegistryDevices.UniqueEntry(), id));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Update_MalformedIfMatch_Returns400()
    {
        var id = await CreateAsync(RegistryDevices.UniqueEntry());

        using var response = await SendAsync(HttpMethod.Put, $"Device/{id}", body: DeviceBody(RegistryDevices.UniqueEntry(), id), ifMatch: "version-one");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task SearchPost_NotAForm_Returns415()
    {
        using var response = await SendAsync(HttpMethod.Post, "Device/_search", body: "{\"status\":\"active\"}", contentType: "application/json");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported);
    }

    [Fact]
    public async Task Create_BodyOverTheLimit_Returns413()
    {
        var device = RegistryDevices.UniqueEntry();
        device.Manufacturer = new string('x', 1_100_000);

        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(device));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.RequestEntityTooLarge, OperationOutcome.IssueType.TooLong);
    }

    [Fact]
    public async Task Search_OverThePartnersRateLimit_Returns429OutcomeWithRetryAfter()
    {
        var statuses = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                statuses.Add(await SendAsync(HttpMethod.Get, "Device?status=active&_count=1", FhirPartners.ThrottledKey));
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
    public async Task RequestTimeout_OnFhirPath_WritesA504Outcome()
    {
        var policy = host.Factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.DefaultPolicy!;
        var context = new DefaultHttpContext { RequestServices = host.Factory.Services };
        context.Request.Path = "/fhir/Device";
        context.Response.Body = new MemoryStream();

        await policy.WriteTimeoutResponse!(context);

        context.Response.StatusCode.ShouldBe(504);
        context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/fhir+json");
        context.Response.Body.Position = 0;
        using var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode) { Content = new StreamContent(context.Response.Body) };
        response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Response.ContentType);
        await FhirAssert.OutcomeAsync(response, HttpStatusCode.GatewayTimeout, OperationOutcome.IssueType.Timeout);
    }

    private async Task<string> CreateAsync(Device device)
    {
        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(device));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await FhirAssert.ResourceAsync(response)).Id!;
    }

    private static string DeviceBody(Device device, string? id = null)
    {
        var copy = (Device)device.DeepCopy();
        copy.Id = id;
        return Encoding.UTF8.GetString(FhirJson.Serialize(copy));
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key = FhirPartners.RegistryKey, string? body = null,
        string contentType = "application/fhir+json", string? prefer = null, string? ifMatch = null, string? ifNoneExist = null)
    {
        var client = host.Http(key);
        var request = new HttpRequestMessage(method, "fhir/" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in new[] { ("Prefer", prefer), ("If-Match", ifMatch), ("If-None-Exist", ifNoneExist) })
        {
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return client.SendAsync(request);
    }
}
