using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Fhir;

/// <summary>Device search: <c>GET /fhir/Device?…</c> and <c>POST /fhir/Device/_search</c> (form-encoded), keyset-paged.</summary>
public static class DeviceSearchEndpoints
{
    /// <summary>Search by query string.</summary>
    public static Task<IResult> SearchGetAsync(HttpContext context, DeviceSearch search, FhirRequestContext fhir, TimeProvider time, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Device", FhirInteraction.SearchType);
        var parameters = context.Request.Query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")));
        return SearchAsync(context, parameters, search, fhir, time, cancellationToken);
    }

    /// <summary>Search by form body (plus any query string parameters).</summary>
    public static async Task<IResult> SearchPostAsync(HttpContext context, DeviceSearch search, FhirRequestContext fhir, TimeProvider time, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Device", FhirInteraction.SearchType);
        if (!context.Request.HasFormContentType)
        {
            throw new FhirException(415, OperationOutcome.IssueType.NotSupported, "POST _search takes 'application/x-www-form-urlencoded' parameters.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var parameters = context.Request.Query.Concat(form).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))).ToList();
        return await SearchAsync(context, parameters, search, fhir, time, cancellationToken);
    }

    private static async Task<IResult> SearchAsync(HttpContext context, IEnumerable<KeyValuePair<string, string>> parameters, DeviceSearch search,
        FhirRequestContext fhir, TimeProvider time, CancellationToken cancellationToken)
    {
        var strict = context.Request.Headers["Prefer"].Any(p => p is not null && p.Contains("handling=strict", StringComparison.OrdinalIgnoreCase));
        var request = DeviceSearchParser.Parse(parameters, strict, fhir.Options);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var self = request.Query.Cursor is null ? request.LinkParameters
            : [.. request.LinkParameters, new(DeviceSearchParser.CursorParameter, request.Query.Cursor)];
        if (request.CountOnly)
        {
            var total = await search.CountAsync(request.Query, cancellationToken);
            using var counted = new BundleWriter("searchset", now, total, [("self", fhir.Url(context.Request, "Device", self))]);
            return new FhirResponse(200, counted.ToArray());
        }

        var page = await search.SearchAsync(request.Query, cancellationToken);
        var links = new List<(string, string)> { ("self", fhir.Url(context.Request, "Device", self)) };
        if (page.NextCursor is not null)
        {
            links.Add(("next", fhir.Url(context.Request, "Device", [.. request.LinkParameters, new(DeviceSearchParser.CursorParameter, page.NextCursor)])));
        }

        // The total is given when it is free: everything fitted on the first page.
        long? known = request.Query.Cursor is null && page.NextCursor is null ? page.Hits.Count : null;
        using var bundle = new BundleWriter("searchset", now, known, links);
        var baseUrl = fhir.BaseUrl(context.Request);
        foreach (var hit in page.Hits)
        {
            bundle.AddSearchEntry($"{baseUrl}/Device/{hit.Id}", FhirJson.WithMeta(hit.Resource, hit.Id, hit.VersionId, hit.LastUpdated));
        }

        if (request.Ignored.Count > 0)
        {
            var outcome = new OperationOutcome
            {
                Issue =
                [
                    new OperationOutcome.IssueComponent
                    {
                        Severity = OperationOutcome.IssueSeverity.Warning,
                        Code = OperationOutcome.IssueType.NotSupported,
                        Diagnostics = "Ignored unknown search parameters: " + string.Join(", ", request.Ignored),
                    },
                ],
            };
            bundle.AddSearchEntry("urn:uuid:" + Guid.NewGuid().ToString("D"), FhirJson.Serialize(outcome), "outcome");
        }

        return new FhirResponse(200, bundle.ToArray());
    }
}
