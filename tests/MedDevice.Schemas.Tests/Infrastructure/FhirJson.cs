using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>Parses FHIR R4 JSON with the Firely SDK the way mappings/MedDevice.Mappings does (model inspector, validating).</summary>
public static class FhirJson
{
    private static readonly BaseFhirJsonDeserializer Deserializer = new(ModelInfo.ModelInspector);

    /// <summary>Parses one resource; the errors list is empty when the JSON is valid FHIR R4.</summary>
    public static (Resource? Resource, IReadOnlyList<string> Errors) TryParse(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var ok = Deserializer.TryDeserializeResource(ref reader, out var resource, out var errors);
        return (resource, ok ? [] : errors.Select(e => e.Message).ToList());
    }

    /// <summary>Parses one resource or fails the test with the parser's messages.</summary>
    public static Resource Parse(string path)
    {
        var (resource, errors) = TryParse(File.ReadAllBytes(path));
        if (errors.Count > 0 || resource is null)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not valid FHIR R4 JSON: {string.Join("; ", errors)}");
        }

        return resource;
    }
}
