using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using MedDevice.Mappings.Common;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Client;

/// <summary><c>GET /fhir/Organization/tax-{taxCode}</c> through the Firely client: the record verification keeps; 404 otherwise.</summary>
public abstract class OrganizationReadTests(FhirHost host)
{
    [Fact]
    public async Task Read_VerifiedOrganization_ReturnsItWithVersionAndETag()
    {
        var id = await OrganizationRecords.VerifiedAsync(host, "0100109106", "Công ty Cổ phần Thiết bị Y tế Mẫu");
        var client = host.Client();

        var organization = await client.ReadAsync<Organization>($"Organization/{id}");

        organization!.Id.ShouldBe("tax-0100109106");
        organization.Name.ShouldBe("Công ty Cổ phần Thiết bị Y tế Mẫu");
        organization.Active.ShouldBe(true);
        organization.Identifier.ShouldHaveSingleItem().System.ShouldBe(NamingSystems.TaxCode);
        organization.Meta!.VersionId.ShouldBe("1");
        client.LastResult!.Etag.ShouldBe("W/\"1\"");
        client.LastResult.LastModified.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("tax-0200748730")]
    [InlineData("org-0100109106")]
    [InlineData("tax-")]
    public async Task Read_UnknownOrganization_Returns404(string id)
    {
        var refused = await Should.ThrowAsync<FhirOperationException>(() => host.Client().ReadAsync<Organization>($"Organization/{id}"));

        refused.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Read_PartnerWithoutAGrant_Returns403()
    {
        var id = await OrganizationRecords.VerifiedAsync(host, "0100109106-001", "Chi nhánh Hà Nội");

        var refused = await Should.ThrowAsync<FhirOperationException>(() => host.Client(FhirPartners.CustomsKey).ReadAsync<Organization>($"Organization/{id}"));

        refused.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Client(FhirPartners.AdminKey).ReadAsync<Organization>($"Organization/{id}"))!.Id.ShouldBe(id);
    }
}
