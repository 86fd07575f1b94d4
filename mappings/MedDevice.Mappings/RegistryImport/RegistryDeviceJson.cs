using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDevice.Mappings.RegistryImport;

/// <summary>
/// The stored form of a registry Device: compact FHIR JSON with Vietnamese text unescaped, without the logical id and
/// without <c>meta.versionId</c>/<c>meta.lastUpdated</c> (the registry's columns own those). The same Device always
/// serialises to the same bytes, so a bulk import can tell an unchanged row from a changed one.
/// </summary>
public static class RegistryDeviceJson
{
    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    // Relaxed escaping writes "Máy thở" as UTF-8 rather than \u escapes; the JSON is stored and served, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Serialises <paramref name="device"/> for storage (clears its id and version metadata first).</summary>
    public static byte[] ToStoredJson(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.Id = null;
        if (device.Meta is { } meta)
        {
            meta.VersionId = null;
            meta.LastUpdated = null;
            if (!meta.Profile.Any() && meta.Tag.Count == 0 && meta.Security.Count == 0 && meta.Source is null && meta.Extension.Count == 0)
            {
                device.Meta = null;
            }
        }

        var buffer = new ArrayBufferWriter<byte>(1536);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Serializer.Serialize(device, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
