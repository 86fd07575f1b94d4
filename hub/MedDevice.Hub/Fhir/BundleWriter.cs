using System.Buffers;
using System.Text.Json;

namespace MedDevice.Hub.Fhir;

/// <summary>Writes searchset and history Bundles around stored resources without re-parsing them.</summary>
public sealed class BundleWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private bool _inEntries;

    /// <summary>Starts a Bundle of <paramref name="type"/> (searchset, history).</summary>
    public BundleWriter(string type, long now, long? total, IEnumerable<(string Relation, string Url)> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        _json = new Utf8JsonWriter(_buffer, FhirJson.WriterOptions);
        _json.WriteStartObject();
        _json.WriteString("resourceType", "Bundle");
        _json.WriteString("id", Guid.CreateVersion7().ToString("D"));
        _json.WriteStartObject("meta");
        _json.WriteString("lastUpdated", FhirJson.Instant(now));
        _json.WriteEndObject();
        _json.WriteString("type", type);
        if (total is { } t)
        {
            _json.WriteNumber("total", t);
        }

        _json.WriteStartArray("link");
        foreach (var (relation, url) in links)
        {
            _json.WriteStartObject();
            _json.WriteString("relation", relation);
            _json.WriteString("url", url);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    /// <summary>Adds a search match (or an included outcome when <paramref name="mode"/> is <c>outcome</c>).</summary>
    public void AddSearchEntry(string fullUrl, byte[] resource, string mode = "match")
    {
        StartEntry(fullUrl);
        _json.WritePropertyName("resource");
        _json.WriteRawValue(resource, skipInputValidation: true);
        _json.WriteStartObject("search");
        _json.WriteString("mode", mode);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    /// <summary>Adds a history entry: the version (absent for a deletion) and its request/response.</summary>
    public void AddHistoryEntry(string fullUrl, byte[]? resource, string method, string requestUrl, string status, long lastModified, string etag)
    {
        StartEntry(fullUrl);
        if (resource is not null)
        {
            _json.WritePropertyName("resource");
            _json.WriteRawValue(resource, skipInputValidation: true);
        }

        _json.WriteStartObject("request");
        _json.WriteString("method", method);
        _json.WriteString("url", requestUrl);
        _json.WriteEndObject();
        _json.WriteStartObject("response");
        _json.WriteString("status", status);
        _json.WriteString("etag", etag);
        _json.WriteString("lastModified", FhirJson.Instant(lastModified));
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    /// <summary>Finishes the Bundle and returns its bytes.</summary>
    public byte[] ToArray()
    {
        if (_inEntries)
        {
            _json.WriteEndArray();
        }

        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();

    private void StartEntry(string fullUrl)
    {
        if (!_inEntries)
        {
            _json.WriteStartArray("entry");
            _inEntries = true;
        }

        _json.WriteStartObject();
        _json.WriteString("fullUrl", fullUrl);
    }
}
