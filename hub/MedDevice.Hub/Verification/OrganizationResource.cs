using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedDevice.Hub.Verification;

/// <summary>
/// The FHIR R4 Organization the hub keeps per tax code: identifier, registered name, <c>active</c> (true only when the
/// register says active) and the verification extension (status, checked at, contract). Organisation data only.
/// </summary>
public static class OrganizationResource
{
    /// <summary>The FHIR id for a tax code (<c>tax-0100109106</c>, <c>tax-0100109106-001</c>).</summary>
    public static string IdFor(string taxCode) => "tax-" + taxCode;

    /// <summary>Builds the resource JSON (UTF-8).</summary>
    public static byte[] Build(string taxCode, string outcome, string? registeredName, DateTimeOffset checkedAt, DateTimeOffset lastUpdated)
    {
        var resource = new JsonObject
        {
            ["resourceType"] = "Organization",
            ["id"] = IdFor(taxCode),
            ["meta"] = new JsonObject { ["lastUpdated"] = Instant(lastUpdated) },
            ["extension"] = new JsonArray(new JsonObject
            {
                ["url"] = VerificationCanonicals.VerificationExtension,
                ["extension"] = new JsonArray(
                    new JsonObject { ["url"] = "status", ["valueCode"] = outcome },
                    new JsonObject { ["url"] = "checkedAt", ["valueDateTime"] = Instant(checkedAt) },
                    new JsonObject { ["url"] = "contract", ["valueString"] = "meddevice.identity.v1" }),
            }),
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = Mappings.Common.NamingSystems.TaxCode, ["value"] = taxCode }),
            ["active"] = outcome == VerificationOutcomes.Active,
        };
        if (registeredName is not null)
        {
            resource["name"] = registeredName;
        }

        return JsonSerializer.SerializeToUtf8Bytes(resource);
    }

    private static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
