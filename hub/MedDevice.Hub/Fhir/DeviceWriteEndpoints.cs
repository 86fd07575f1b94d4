using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Search;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// create (with <c>If-None-Exist</c>), update (with <c>If-Match</c>, create-on-update) and delete (a logical revoke)
/// of Device. Each write goes through the registry writer: the version, its Provenance and the routed event
/// (<c>device.registered</c> / <c>device.changed</c> / <c>device.revoked</c>) commit together.
/// </summary>
public static partial class DeviceWriteEndpoints
{
    /// <summary><c>POST /fhir/Device</c>.</summary>
    public static async Task<IResult> CreateAsync(HttpContext context, RegistryWriter writer, DeviceSearch search, FhirRequestContext fhir,
        HubMessageIdGenerator ids, InboundOptions inbound, CancellationToken cancellationToken)
    {
        var partner = FhirRequestContext.Authorize(context, "Device", FhirInteraction.Create);
        var device = await ReadDeviceAsync(context.Request, inbound);
        var condition = context.Request.Headers["If-None-Exist"].ToString();
        IAsyncDisposable? conditionLock = null;
        try
        {
            if (condition.Length > 0)
            {
                var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(condition.TrimStart('?'))
                    .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))).ToList();
                var query = DeviceSearchParser.Parse(parameters, strict: true, fhir.Options).Query with { Count = 2, Cursor = null };
                // The search and the write below must not interleave with another create of the same condition.
                conditionLock = await ConditionalCreateLocks.AcquireAsync(parameters, context.RequestServices.GetRequiredService<SqlDialect>(), cancellationToken);
                var matches = await search.SearchAsync(query, cancellationToken);
                if (matches.Hits.Count > 1)
                {
                    throw new FhirException(412, OperationOutcome.IssueType.MultipleMatches, $"If-None-Exist '{condition}' matches more than one Device.");
                }

                if (matches.Hits.Count == 1)
                {
                    var hit = matches.Hits[0];
                    return Respond(context, 200, hit.Id, hit.VersionId, hit.LastUpdated, hit.Resource, fhir);
                }
            }

            return await CreateAsync(context, writer, device, partner.Id, condition.Length > 0, fhir, ids, cancellationToken);
        }
        finally
        {
            if (conditionLock is not null)
            {
                await conditionLock.DisposeAsync();
            }
        }
    }

    /// <summary>Writes a new device; with a condition, a device that took the business key meanwhile is the match (200).</summary>
    private static async Task<IResult> CreateAsync(HttpContext context, RegistryWriter writer, Device device, string partnerId, bool conditional,
        FhirRequestContext fhir, HubMessageIdGenerator ids, CancellationToken cancellationToken)
    {
        var result = await writer.WriteAsync(new RegistryWriteRequest(device, partnerId, ids.Next()) { OnExisting = ExistingDevicePolicy.Keep, EmitEvent = true });
        var written = result.Write;
        switch (written.Outcome)
        {
            case DeviceWriteOutcome.Created:
                return await WrittenAsync(context, 201, written.Id!, written.VersionId, fhir);
            case DeviceWriteOutcome.Existing when conditional:
                // A concurrent conditional create (in another process) won the race for the business key: that device is the match.
                return await ExistingAsync(context, written.Id!, fhir, cancellationToken);
            case DeviceWriteOutcome.Existing:
                throw new FhirException(409, OperationOutcome.IssueType.Duplicate,
                    $"Device/{written.Id} already holds this UDI-DI or registration number; update it, or create with If-None-Exist.");
            default:
                throw Refusal(written);
        }
    }

    /// <summary><c>PUT /fhir/Device/{id}</c>.</summary>
    public static async Task<IResult> UpdateAsync(string id, HttpContext context, RegistryWriter writer, FhirRequestContext fhir,
        HubMessageIdGenerator ids, InboundOptions inbound)
    {
        var partner = FhirRequestContext.Authorize(context, "Device", FhirInteraction.Update);
        FhirIds.Require(id);

        var device = await ReadDeviceAsync(context.Request, inbound);
        if (!string.Equals(device.Id, id, StringComparison.Ordinal))
        {
            throw new FhirException($"The Device's id '{device.Id}' must equal the id in the URL '{id}'.");
        }

        int? expected = null;
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0)
        {
            var match = ETagPattern().Match(ifMatch);
            expected = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new FhirException($"If-Match must be a version ETag like W/\"3\", got '{ifMatch}'.");
        }

        var result = await writer.WriteAsync(new RegistryWriteRequest(device, partner.Id, ids.Next())
        {
            Id = id,
            ExpectedVersion = expected,
            EmitEvent = true,
        });
        var written = result.Write;
        return written.Outcome switch
        {
            DeviceWriteOutcome.Created => await WrittenAsync(context, 201, id, written.VersionId, fhir),
            DeviceWriteOutcome.Updated => await WrittenAsync(context, 200, id, written.VersionId, fhir),
            DeviceWriteOutcome.Unchanged => await ExistingAsync(context, id, fhir, CancellationToken.None),
            _ => throw Refusal(written),
        };
    }

    /// <summary>
    /// <c>DELETE /fhir/Device/{id}</c>: revokes the registration (410 on later reads); repeating it is harmless. An id
    /// that never existed is answered 204 too, as R4 says ("or if the resource does not exist at all"), recording nothing.
    /// </summary>
    public static async Task<IResult> DeleteAsync(string id, HttpContext context, RegistryWriter writer, HubMessageIdGenerator ids)
    {
        var partner = FhirRequestContext.Authorize(context, "Device", FhirInteraction.Delete);
        FhirIds.Require(id);
        var result = await writer.RevokeAsync(id, partner.Id, ids.Next(), emitEvent: true);
        return result is null ? new FhirResponse(204, null)
            : new FhirResponse(204, null).With("ETag", $"W/\"{result.Write.VersionId.ToString(CultureInfo.InvariantCulture)}\"");
    }

    private static async Task<Device> ReadDeviceAsync(HttpRequest request, InboundOptions inbound)
    {
        var body = await InboundBodyReader.ReadAsync(request, inbound.MaxBodyBytes);
        if (body.TooLarge)
        {
            throw new FhirException(413, OperationOutcome.IssueType.TooLong, $"The body exceeds {inbound.MaxBodyBytes} bytes.");
        }

        var json = FhirFormats.IsXml(request.ContentType) ? FhirFormats.JsonFromXml(body.Bytes) : body.Bytes;
        var read = RegistryDeviceReader.Read(json);
        if (read.Device is null)
        {
            throw new FhirException(400, OperationOutcome.IssueType.Structure, $"{read.Issues[0].Message} [{read.Issues[0].Code}]");
        }

        return read.Ok ? read.Device
            : throw new FhirException(422, OperationOutcome.IssueType.Invariant, $"{read.Issues[0].Message} [{read.Issues[0].Code}]");
    }

    /// <summary>Answers a write with the version as stored (its meta comes from the database, never from the request path).</summary>
    private static async Task<IResult> WrittenAsync(HttpContext context, int status, string id, int version, FhirRequestContext fhir)
    {
        var registry = context.RequestServices.GetRequiredService<RegistryStore>();
        var stored = await registry.GetVersionAsync(id, version, CancellationToken.None) ?? throw DeviceReadEndpoints.NotFound(id);
        return Respond(context, status, id, version, stored.LastUpdated, stored.Resource, fhir);
    }

    private static async Task<IResult> ExistingAsync(HttpContext context, string id, FhirRequestContext fhir, CancellationToken cancellationToken)
    {
        var registry = context.RequestServices.GetRequiredService<RegistryStore>();
        var current = await registry.GetAsync(id, cancellationToken) ?? throw DeviceReadEndpoints.NotFound(id);
        return Respond(context, 200, id, current.VersionId, current.LastUpdated, current.Resource, fhir);
    }

    private static FhirException Refusal(DeviceWriteResult written) => written.Outcome switch
    {
        DeviceWriteOutcome.VersionConflict => new FhirException(412, OperationOutcome.IssueType.Conflict,
            written.Id is null ? "If-Match was given but the Device does not exist." : $"Device/{written.Id} is at version {written.VersionId}, not the one in If-Match."),
        DeviceWriteOutcome.Revoked => new FhirException(410, OperationOutcome.IssueType.Deleted,
            $"Device/{written.Id} was revoked; its UDI-DI and registration number stay reserved."),
        DeviceWriteOutcome.KeyConflict => new FhirException(409, OperationOutcome.IssueType.Conflict,
            "The Device's id, UDI-DI and registration number belong to different registry entries."),
        _ => new FhirException(500, OperationOutcome.IssueType.Exception, $"Unexpected write outcome {written.Outcome}."),
    };

    private static FhirResponse Respond(HttpContext context, int status, string id, int version, long lastUpdated, byte[] stored, FhirRequestContext fhir)
    {
        var prefer = context.Request.Headers["Prefer"].ToString();
        var body = prefer.Contains("return=minimal", StringComparison.OrdinalIgnoreCase) ? null
            : prefer.Contains("return=OperationOutcome", StringComparison.OrdinalIgnoreCase)
                ? FhirJson.Serialize(new OperationOutcome
                {
                    Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Information, Code = OperationOutcome.IssueType.Informational, Diagnostics = $"Device/{id} version {version}" }],
                })
                : FhirJson.WithMeta(stored, id, version, lastUpdated);
        return new FhirResponse(status, body)
            .WithVersion(version, lastUpdated)
            .With("Location", $"{fhir.BaseUrl(context.Request)}/Device/{id}/_history/{version.ToString(CultureInfo.InvariantCulture)}");
    }

    [GeneratedRegex("^(?:W/)?\"(\\d+)\"$", RegexOptions.CultureInvariant)]
    private static partial Regex ETagPattern();
}
