using System.Globalization;
using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Fhir;

/// <summary>read, vread, and instance and type history of Device.</summary>
public static class DeviceReadEndpoints
{
    /// <summary><c>GET /fhir/Device/{id}</c>: 200, 400 not a FHIR id, 404 unknown, 410 revoked.</summary>
    public static async Task<IResult> ReadAsync(string id, HttpContext context, RegistryStore registry, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Device", FhirInteraction.Read);
        FhirIds.Require(id);
        var device = await registry.GetAsync(id, cancellationToken) ?? throw NotFound(id);
        if (device.Deleted)
        {
            throw Gone(id);
        }

        return new FhirResponse(200, FhirJson.WithMeta(device.Resource, device.Id, device.VersionId, device.LastUpdated)).WithVersion(device.VersionId, device.LastUpdated);
    }

    /// <summary><c>GET /fhir/Device/{id}/_history/{vid}</c>.</summary>
    public static async Task<IResult> VReadAsync(string id, string vid, HttpContext context, RegistryStore registry, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Device", FhirInteraction.VRead);
        FhirIds.Require(id);
        if (!int.TryParse(vid, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new FhirException(404, OperationOutcome.IssueType.NotFound, $"Device/{id} has no version '{vid}'.");
        }

        var found = await registry.GetVersionAsync(id, version, cancellationToken)
            ?? throw new FhirException(404, OperationOutcome.IssueType.NotFound, $"Device/{id} has no version {version}.");
        if (found.Deleted)
        {
            throw new FhirException(410, OperationOutcome.IssueType.Deleted, $"Version {version} of Device/{id} is its revocation.");
        }

        return new FhirResponse(200, FhirJson.WithMeta(found.Resource, id, version, found.LastUpdated)).WithVersion(version, found.LastUpdated);
    }

    /// <summary><c>GET /fhir/Device/{id}/_history</c>: every version, newest first.</summary>
    public static async Task<IResult> InstanceHistoryAsync(string id, HttpContext context, RegistryStore registry, FhirRequestContext fhir, TimeProvider time, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Device", FhirInteraction.HistoryInstance);
        FhirIds.Require(id);
        var versions = await registry.HistoryAsync(id, cancellationToken);
        if (versions.Count == 0)
        {
            throw NotFound(id);
        }

        var request = context.Request;
        using var bundle = new BundleWriter("history", time.GetUtcNow().ToUnixTimeMilliseconds(), versions.Count,
            [("self", fhir.Url(request, $"Device/{id}/_history", []))]);
        foreach (var version in versions)
        {
            AddHistoryEntry(bundle, fhir.BaseUrl(request), version);
        }

        return new FhirResponse(200, bundle.ToArray());
    }

    /// <summary><c>GET /fhir/Device/_history</c>: versions of all devices, newest first, with <c>_since</c>, <c>_count</c> and paging.</summary>
    public static async Task<IResult> TypeHistoryAsync(HttpContext context, DeviceSearch search, FhirRequestContext fhir, TimeProvider time, CancellationToken cancellationToken)
    {
        FhirRequestContext.Authorize(context, "Device", FhirInteraction.HistoryType);
        var query = context.Request.Query;
        var since = query.TryGetValue("_since", out var sinceText) ? FhirDateRange.Parse(sinceText.ToString()).Start : 0;
        var count = fhir.Options.DefaultCount;
        if (query.TryGetValue("_count", out var countText))
        {
            count = int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? Math.Clamp(c, 1, fhir.Options.MaxCount)
                : throw new FhirException($"_count must be a non-negative integer, got '{countText}'.");
        }

        var before = query.TryGetValue(DeviceSearchParser.CursorParameter, out var cursor) ? HistoryCursor.Decode(cursor.ToString()) : null;
        var versions = await search.HistoryAsync(since, before, count + 1, cancellationToken);
        var page = versions.Take(count).ToList();
        var parameters = query.Where(p => p.Key != DeviceSearchParser.CursorParameter).Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())).ToList();
        var links = new List<(string, string)> { ("self", fhir.Url(context.Request, "Device/_history", parameters)) };
        if (versions.Count > count)
        {
            links.Add(("next", fhir.Url(context.Request, "Device/_history", [.. parameters, new(DeviceSearchParser.CursorParameter, HistoryCursor.Encode(page[^1]))])));
        }

        using var bundle = new BundleWriter("history", time.GetUtcNow().ToUnixTimeMilliseconds(), null, links);
        foreach (var version in page)
        {
            AddHistoryEntry(bundle, fhir.BaseUrl(context.Request), version);
        }

        return new FhirResponse(200, bundle.ToArray());
    }

    internal static FhirException NotFound(string id) => new(404, OperationOutcome.IssueType.NotFound, $"Device/{id} is not known.");

    internal static FhirException Gone(string id) => new(410, OperationOutcome.IssueType.Deleted, $"Device/{id} was revoked (deleted).");

    private static void AddHistoryEntry(BundleWriter bundle, string baseUrl, DeviceVersion version)
    {
        var etag = $"W/\"{version.VersionId.ToString(CultureInfo.InvariantCulture)}\"";
        var fullUrl = $"{baseUrl}/Device/{version.Id}";
        if (version.Deleted)
        {
            bundle.AddHistoryEntry(fullUrl, null, "DELETE", $"Device/{version.Id}", "204 No Content", version.LastUpdated, etag);
        }
        else
        {
            bundle.AddHistoryEntry(fullUrl, FhirJson.WithMeta(version.Resource, version.Id, version.VersionId, version.LastUpdated),
                version.VersionId == 1 ? "POST" : "PUT", version.VersionId == 1 ? "Device" : $"Device/{version.Id}",
                version.VersionId == 1 ? "201 Created" : "200 OK", version.LastUpdated, etag);
        }
    }
}
