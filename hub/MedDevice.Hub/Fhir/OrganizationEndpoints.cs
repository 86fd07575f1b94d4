using System.Globalization;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Verification;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// <c>GET /fhir/Organization/{id}</c>: the Organization the hub keeps per tax code (id <c>tax-{taxCode}</c>) once the
/// identity adapter verified it (registered name, <c>active</c>, verification extension). Organisation data only.
/// </summary>
public static class OrganizationEndpoints
{
    private const string IdPrefix = "tax-";

    /// <summary>Read: 200 with <c>ETag</c> and <c>Last-Modified</c>, 400 not a FHIR id, 404 unknown.</summary>
    public static async Task<IResult> ReadAsync(string id, HttpContext context, ActorVerificationStore organizations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        FhirRequestContext.Authorize(context, "Organization", FhirInteraction.Read);
        FhirIds.Require(id);
        var found = id.StartsWith(IdPrefix, StringComparison.Ordinal) && id.Length > IdPrefix.Length
            ? await organizations.FindOrganizationAsync(id[IdPrefix.Length..], cancellationToken)
            : null;
        if (found is null)
        {
            throw new FhirException(404, OperationOutcome.IssueType.NotFound, $"Organization/{id} is not known.");
        }

        return new FhirResponse(200, WithMeta(found, id)).WithVersion(found.VersionId, found.LastUpdated);
    }

    // The stored record carries its id and lastUpdated; the version lives in the row.
    private static byte[] WithMeta(StoredOrganization organization, string id)
    {
        var resource = JsonNode.Parse(organization.Resource)!.AsObject();
        resource["id"] = id;
        resource["meta"] = new JsonObject
        {
            ["versionId"] = organization.VersionId.ToString(CultureInfo.InvariantCulture),
            ["lastUpdated"] = FhirJson.Instant(organization.LastUpdated),
        };
        return System.Text.Encoding.UTF8.GetBytes(resource.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
