using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// FHIR JSON in and out. Resources are stored without <c>id</c> and <c>meta</c> (the store owns both); reads splice
/// them back in front of the stored bytes, so serving a resource needs no parse.
/// </summary>
public static class FhirJson
{
    /// <summary>The FHIR JSON media type.</summary>
    public const string MediaType = "application/fhir+json";

    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    /// <summary>Writer options: Vietnamese text stays readable UTF-8 (only what JSON requires is escaped).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serialises a resource (as it is, id and meta included).</summary>
    public static byte[] Serialize(Resource resource)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Serializer.Serialize(resource, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The stored form of a resource: serialised without id and meta (the resource is not changed).</summary>
    public static byte[] ToStored(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var copy = (Resource)resource.DeepCopy();
        copy.Id = null;
        copy.Meta = null;
        return Serialize(copy);
    }

    /// <summary>Writes the stored resource with its id, version and last-updated time spliced in.</summary>
    public static byte[] WithMeta(byte[] stored, string id, int versionId, long lastUpdated)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var head = HeadOf(stored);
        var meta = string.Create(CultureInfo.InvariantCulture,
            $",\"id\":{JsonSerializer.Serialize(id)},\"meta\":{{\"versionId\":\"{versionId}\",\"lastUpdated\":\"{Instant(lastUpdated)}\"}}");
        var rest = stored.AsSpan(head);
        var metaBytes = Encoding.UTF8.GetBytes(meta);
        var result = new byte[head + metaBytes.Length + rest.Length];
        stored.AsSpan(0, head).CopyTo(result);
        metaBytes.CopyTo(result.AsSpan(head));
        rest.CopyTo(result.AsSpan(head + metaBytes.Length));
        return result;
    }

    /// <summary>An instant in FHIR form (UTC, milliseconds).</summary>
    public static string Instant(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The length of the leading <c>{"resourceType":"X"</c> of a stored resource.</summary>
    private static int HeadOf(byte[] stored)
    {
        var reader = new Utf8JsonReader(stored);
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.TokenType == JsonTokenType.PropertyName
            && reader.ValueTextEquals("resourceType"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            return (int)reader.BytesConsumed;
        }

        throw new InvalidOperationException("A stored resource must start with its resourceType.");
    }
}
