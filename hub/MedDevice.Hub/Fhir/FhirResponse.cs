namespace MedDevice.Hub.Fhir;

/// <summary>
/// A FHIR answer: status, a JSON body (or none) and headers (ETag, Location, Last-Modified). The body goes out as
/// <c>application/fhir+json</c>, or as <c>application/fhir+xml</c> when the request asked for XML (<see cref="FhirFormats"/>).
/// </summary>
public sealed class FhirResponse(int status, byte[]? body) : IResult
{
    private readonly List<KeyValuePair<string, string>> _headers = [];

    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>Adds a header.</summary>
    public FhirResponse With(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    /// <summary>Adds <c>ETag</c> and <c>Last-Modified</c> for a version.</summary>
    public FhirResponse WithVersion(int versionId, long lastUpdated) =>
        With("ETag", $"W/\"{versionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"")
            .With("Last-Modified", DateTimeOffset.FromUnixTimeMilliseconds(lastUpdated).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in _headers)
        {
            response.Headers.Append(name, value);
        }

        if (body is not null)
        {
            var xml = FhirFormats.Negotiate(httpContext.Request) == FhirWireFormat.Xml;
            var bytes = xml ? FhirFormats.XmlFromJson(body) : body;
            response.ContentType = (xml ? FhirFormats.XmlMediaType : FhirJson.MediaType) + "; charset=utf-8";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
