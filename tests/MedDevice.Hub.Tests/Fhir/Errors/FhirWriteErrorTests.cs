using System.Net;
using Hl7.Fhir.Model;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Errors;

/// <summary>Refused writes are OperationOutcomes with the right status: 400 bodies and ids, 409 keys, 410 revoked, 412 versions and conditions, 413, 415, 422.</summary>
public sealed class FhirWriteErrorTests(SqliteFhirHost host) : IClassFixture<SqliteFhirHost>
{
    private const OperationOutcome.IssueType Invalid = OperationOutcome.IssueType.Invalid;
    private readonly FhirRequests _fhir = new(host);

    [Fact]
    public async Task ReadUpdateVRead_RevokedDevice_Return410()
    {
        var device = RegistryDevices.UniqueEntry();
        var id = await _fhir.CreateAsync(device);
        using (var deleted = await _fhir.SendAsync(HttpMethod.Delete, $"Device/{id}"))
        {
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var read = await _fhir.SendAsync(HttpMethod.Get, $"Device/{id}");
        using var vread = await _fhir.SendAsync(HttpMethod.Get, $"Device/{id}/_history/2");
        using var update = await _fhir.SendAsync(HttpMethod.Put, $"Device/{id}", body: FhirRequests.DeviceBody(device, id));
        using var recreate = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(device));

        await FhirAssert.OutcomeAsync(read, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
        await FhirAssert.OutcomeAsync(vread, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
        await FhirAssert.OutcomeAsync(update, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
        await FhirAssert.OutcomeAsync(recreate, HttpStatusCode.Gone, OperationOutcome.IssueType.Deleted);
    }

    [Fact]
    public async Task Update_StaleIfMatch_Returns412()
    {
        var device = RegistryDevices.UniqueEntry();
        var id = await _fhir.CreateAsync(device);
        device.ModelNumber = "M-2";
        using (var current = await _fhir.SendAsync(HttpMethod.Put, $"Device/{id}", body: FhirRequests.DeviceBody(device, id), ifMatch: "W/\"1\""))
        {
            current.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        device.ModelNumber = "M-3";
        using var stale = await _fhir.SendAsync(HttpMethod.Put, $"Device/{id}", body: FhirRequests.DeviceBody(device, id), ifMatch: "W/\"1\"");

        await FhirAssert.OutcomeAsync(stale, HttpStatusCode.PreconditionFailed, OperationOutcome.IssueType.Conflict);
    }

    [Fact]
    public async Task Update_IfMatchOnUnknownId_Returns412()
    {
        var device = RegistryDevices.UniqueEntry();

        using var response = await _fhir.SendAsync(HttpMethod.Put, "Device/never-created-1", body: FhirRequests.DeviceBody(device, "never-created-1"), ifMatch: "W/\"1\"");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.PreconditionFailed, OperationOutcome.IssueType.Conflict);
    }

    [Fact]
    public async Task ConditionalCreate_SeveralMatches_Returns412()
    {
        var name = "Máy đo nhiều kết quả " + Guid.NewGuid().ToString("N")[..6];
        await _fhir.CreateAsync(RegistryDevices.UniqueEntry(name));
        await _fhir.CreateAsync(RegistryDevices.UniqueEntry(name));

        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(RegistryDevices.UniqueEntry(name)),
            ifNoneExist: "device-name:exact=" + Uri.EscapeDataString(name));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.PreconditionFailed, OperationOutcome.IssueType.MultipleMatches);
    }

    [Fact]
    public async Task ConditionalCreate_BadCondition_Returns400()
    {
        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(RegistryDevices.UniqueEntry()), ifNoneExist: "no-such-parameter=1");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Create_DuplicateKeyWithoutCondition_Returns409()
    {
        var device = RegistryDevices.UniqueEntry();
        await _fhir.CreateAsync(device);

        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(device));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Conflict, OperationOutcome.IssueType.Duplicate);
    }

    [Fact]
    public async Task Update_KeysOfAnotherDevice_Returns409()
    {
        var first = RegistryDevices.UniqueEntry();
        await _fhir.CreateAsync(first);
        var second = RegistryDevices.UniqueEntry();
        var secondId = await _fhir.CreateAsync(second);
        second.Identifier = first.Identifier;

        using var response = await _fhir.SendAsync(HttpMethod.Put, $"Device/{secondId}", body: FhirRequests.DeviceBody(second, secondId));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.Conflict, OperationOutcome.IssueType.Conflict);
    }

    [Fact]
    public async Task Create_PatientByPersonalIdNotPseudonym_Returns422AndStoresNothing()
    {
        var device = RegistryDevices.UniqueEntry("Stent mạch vành");
        device.LotNumber = "LOT-VDI-2";
        device.Patient = new ResourceReference { Identifier = new Identifier("https://fhir.meddevice.gov.vn/NamingSystem/personal-id", "001085012345") };

        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(device));
        using var search = await _fhir.SendAsync(HttpMethod.Get, $"Device?identifier={Uri.EscapeDataString(RegistryDevices.RegistrationNumberOf(device))}&_summary=count");

        var outcome = await FhirAssert.OutcomeAsync(response, HttpStatusCode.UnprocessableEntity, OperationOutcome.IssueType.Invariant);
        outcome.Issue[0].Diagnostics!.ShouldContain("FEED-REG-006");
        outcome.Issue[0].Diagnostics!.ShouldNotContain("001085012345");
        (await FhirAssert.ResourceAsync(search)).ShouldBeOfType<Bundle>().Total.ShouldBe(0);
    }

    [Fact]
    public async Task Create_InstanceLinkedToAnEntryWithoutLotOrSerial_Returns422()
    {
        var device = RegistryDevices.UniqueEntry("Bơm tiêm điện");
        device.Extension.Add(new Extension(MedDevice.Mappings.Common.HubFhirUrls.RegistryEntryExtension, new ResourceReference("Device/some-entry")));

        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(device));

        var outcome = await FhirAssert.OutcomeAsync(response, HttpStatusCode.UnprocessableEntity, OperationOutcome.IssueType.Invariant);
        outcome.Issue[0].Diagnostics!.ShouldContain("FEED-REG-007");
    }

    [Fact]
    public async Task Create_DeviceWithoutUdiOrRegistrationNumber_Returns422()
    {
        var device = new Device { Status = Device.FHIRDeviceStatus.Active, DeviceName = [new Device.DeviceNameComponent { Name = "Không có khóa", Type = DeviceNameType.UserFriendlyName }] };

        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(device));

        var outcome = await FhirAssert.OutcomeAsync(response, HttpStatusCode.UnprocessableEntity, OperationOutcome.IssueType.Invariant);
        outcome.Issue[0].Diagnostics!.ShouldContain("FEED-REG-003");
    }

    [Theory]
    [InlineData("text/plain", "hello")]
    [InlineData("application/fhir+xml", "<Device xmlns=\"http://hl7.org/fhir\"><status value=\"active\"/>")]
    [InlineData("application/fhir+xml", "<Device xmlns=\"http://hl7.org/fhir\"><status value=\"switched-on\"/></Device>")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Device\",")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Patient\",\"active\":true}")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Device\",\"status\":\"switched-on\"}")]
    [InlineData("application/fhir+json", "")]
    public async Task Create_NotAFhirDeviceBody_Returns400Or415(string contentType, string body)
    {
        using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: body, contentType: contentType);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType);
        var outcome = await FhirAssert.OutcomeAsync(response, response.StatusCode,
            response.StatusCode == HttpStatusCode.BadRequest ? OperationOutcome.IssueType.Structure : OperationOutcome.IssueType.NotSupported);
        outcome.Issue[0].Diagnostics.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Update_BodyIdDiffersFromUrl_Returns400()
    {
        using var response = await _fhir.SendAsync(HttpMethod.Put, "Device/url-id", body: FhirRequests.DeviceBody(RegistryDevices.UniqueEntry(), "body-id"));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Update_InvalidId_Returns400()
    {
        var id = "not_valid_" + new string('x', 70);

        using var response = await _fhir.SendAsync(HttpMethod.Put, $"Device/{id}", body: FhirRequests.DeviceBody(RegistryDevices.UniqueEntry(), id));

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Update_MalformedIfMatch_Returns400()
    {
        var id = await _fhir.CreateAsync(RegistryDevices.UniqueEntry());

        using var response = await _fhir.SendAsync(HttpMethod.Put, $"Device/{id}", body: FhirRequests.DeviceBody(RegistryDevices.UniqueEntry(), id), ifMatch: "version-one");

        await FhirAssert.OutcomeAsync(response, HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Create_BodyOverTheLimit_Returns413()
    {
        var device = RegistryDevices.UniqueEntry();
        device.Manufacturer = new string('x', 1_100_000);

        // The server answers 413 before reading the rest and closes the connection; on a loaded machine the client can
        // still be writing and see the reset instead of the answer, so a few bounded attempts are allowed.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await _fhir.SendAsync(HttpMethod.Post, "Device", body: FhirRequests.DeviceBody(device));
                await FhirAssert.OutcomeAsync(response, HttpStatusCode.RequestEntityTooLarge, OperationOutcome.IssueType.TooLong);
                return;
            }
            catch (HttpRequestException) when (attempt < 5)
            {
                await Task.Delay(100);
            }
        }
    }
}
