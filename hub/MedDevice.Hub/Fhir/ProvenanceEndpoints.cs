using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Fhir;

/// <summary><c>GET /fhir/Provenance?target=Device/{id}</c> (a device's journey, oldest first) and <c>GET /fhir/Provenance/{id}</c>.</summary>
public static class ProvenanceEndpoints
{
    /// <summary>Search by target.</summary>
    public static async Task<IResult> SearchAsync(HttpContext context, ProvenanceStore provenance, FhirRequestContext fhir, TimeProvider time, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Provenance", FhirInteraction.SearchType);
        var target = context.Request.Query["target"].ToString();
        if (target.Length == 0)
        {
            throw new FhirException("Provenance search needs 'target' (e.g. target=Device/123).");
        }

        var id = DeviceIdOf(target);
        var records = await provenance.ForTargetAsync(id, fhir.Options.MaxCount, cancellationToken);
        using var bundle = new BundleWriter("searchset", time.GetUtcNow().ToUnixTimeMilliseconds(), records.Count,
            [("self", fhir.Url(context.Request, "Provenance", [new("target", target)]))]);
        var baseUrl = fhir.BaseUrl(context.Request);
        foreach (var record in records)
        {
            bundle.AddSearchEntry($"{baseUrl}/Provenance/{record.Id}", WithMeta(record));
        }

        return new FhirResponse(200, bundle.ToArray());
    }

    /// <summary>Read one Provenance.</summary>
    public static async Task<IResult> ReadAsync(string id, HttpContext context, ProvenanceStore provenance, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Provenance", FhirInteraction.Read);
        var record = await provenance.GetAsync(id, cancellationToken)
            ?? throw new FhirException(404, OperationOutcome.IssueType.NotFound, $"Provenance/{id} is not known.");
        return new FhirResponse(200, WithMeta(record)).WithVersion(1, record.Recorded);
    }

    /// <summary>The device id of a target reference: <c>Device/{id}</c>, <c>Device/{id}/_history/{v}</c>, an absolute URL, or a bare id.</summary>
    internal static string DeviceIdOf(string target)
    {
        var parts = target.Split('/');
        var device = Array.LastIndexOf(parts, "Device");
        if (device >= 0 && device + 1 < parts.Length)
        {
            return parts[device + 1];
        }

        return target.Contains('/', StringComparison.Ordinal)
            ? throw new FhirException($"'{target}' is not a Device reference; Provenance is recorded for Devices.")
            : target;
    }

    private static byte[] WithMeta(ProvenanceRecord record)
    {
        // Provenance JSON is stored whole (id included); add meta for clients that expect it.
        var stored = record.Resource;
        var parsed = System.Text.Json.Nodes.JsonNode.Parse(stored)!.AsObject();
        parsed.Remove("id");
        parsed.Remove("meta");
        var bare = System.Text.Encoding.UTF8.GetBytes(parsed.ToJsonString());
        return FhirJson.WithMeta(bare, record.Id, 1, record.Recorded);
    }
}
