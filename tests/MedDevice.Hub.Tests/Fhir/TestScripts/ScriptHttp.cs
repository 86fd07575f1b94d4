using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>FHIR JSON bodies for the runner.</summary>
public static class ScriptHttp
{
    private static readonly BaseFhirJsonDeserializer Parser = new(ModelInfo.ModelInspector);

    /// <summary>The body as a resource, or null when it is empty or not valid FHIR JSON.</summary>
    public static Resource? Parse(string body) =>
        !string.IsNullOrWhiteSpace(body) && Parser.TryDeserializeResource(body, out var resource, out _) ? resource : null;

    /// <summary>The issues of a strict parse of the body (empty when it is valid FHIR R4 JSON).</summary>
    public static IReadOnlyList<string> ParseIssues(string body)
    {
        Parser.TryDeserializeResource(body, out _, out var issues);
        return issues.Select(i => i.Message).ToList();
    }
}
