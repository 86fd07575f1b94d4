using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Net.Http.Headers;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// FHIR content negotiation and XML. Resources are stored and produced as JSON; XML is a translation at the edge
/// (requests in <c>application/fhir+xml</c> are read into JSON, answers are written as XML when asked), so everything
/// between the edge and the store sees one format. <c>_format</c> wins over <c>Accept</c> (R4 http.html#mime-type).
/// </summary>
public static class FhirFormats
{
    /// <summary>The FHIR XML media type.</summary>
    public const string XmlMediaType = "application/fhir+xml";

    private static readonly Dictionary<string, FhirWireFormat> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = FhirWireFormat.Json, ["application/json"] = FhirWireFormat.Json, ["application/fhir+json"] = FhirWireFormat.Json,
        ["application/json+fhir"] = FhirWireFormat.Json, ["*/*"] = FhirWireFormat.Json, ["application/*"] = FhirWireFormat.Json,
        ["xml"] = FhirWireFormat.Xml, ["text/xml"] = FhirWireFormat.Xml, ["application/xml"] = FhirWireFormat.Xml,
        ["application/fhir+xml"] = FhirWireFormat.Xml, ["application/xml+fhir"] = FhirWireFormat.Xml,
    };

    private static readonly BaseFhirJsonDeserializer JsonDeserializer = new(ModelInfo.ModelInspector);
    private static readonly BaseFhirXmlDeserializer XmlDeserializer = new(ModelInfo.ModelInspector);
    private static readonly BaseFhirXmlSerializer XmlSerializer = new(ModelInfo.ModelInspector);

    /// <summary>XML readers for request bodies: no DTDs, no external resolution, bounded size and depth.</summary>
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = 8 * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The format the answer must be in; null when the client accepts nothing the server produces (406).</summary>
    public static FhirWireFormat? Negotiate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = request.Query["_format"].ToString();
        if (format.Length > 0)
        {
            return Of(format);
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return FhirWireFormat.Json;
        }

        // The best quality wins; JSON on a tie (and for wildcards).
        FhirWireFormat? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (Of(range.MediaType.Value ?? "") is { } candidate && quality > 0
                && (best is null || quality > bestQuality || (quality == bestQuality && candidate == FhirWireFormat.Json)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when a request body is declared as XML.</summary>
    public static bool IsXml(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type) && Of(type.MediaType.Value ?? "") == FhirWireFormat.Xml;

    /// <summary>The JSON of a FHIR XML resource (for the JSON-only paths behind the edge).</summary>
    /// <exception cref="FhirException">The XML is malformed, has a DTD, or is not a FHIR resource.</exception>
    public static byte[] JsonFromXml(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            using var reader = XmlReader.Create(stream, ReaderSettings);
            if (!XmlDeserializer.TryDeserializeResource(reader, out var resource, out var errors) || resource is null)
            {
                throw new FhirException(400, OperationOutcome.IssueType.Structure,
                    $"The body is not a valid FHIR XML resource: {errors.FirstOrDefault()?.Message ?? "no resource"}");
            }

            return FhirJson.Serialize(resource);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or InvalidOperationException or ArgumentException or DeserializationFailedException)
        {
            throw new FhirException(400, OperationOutcome.IssueType.Structure, $"The body is not a FHIR XML resource: {ex.Message}");
        }
    }

    /// <summary>The XML form of a FHIR JSON answer.</summary>
    public static byte[] XmlFromJson(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new System.Text.Json.Utf8JsonReader(json);
        if (!JsonDeserializer.TryDeserializeResource(ref reader, out var resource, out _) || resource is null)
        {
            throw new InvalidOperationException("The hub produced FHIR JSON it cannot read back.");
        }

        return XmlSerializer.SerializeToBytes(resource);
    }

    private static FhirWireFormat? Of(string mediaType) => Known.TryGetValue(mediaType.Trim(), out var format) ? format : null;
}
