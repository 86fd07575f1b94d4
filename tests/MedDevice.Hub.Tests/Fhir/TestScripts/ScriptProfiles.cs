using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using MedDevice.Hub.Fhir;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// <c>validateProfileId</c> for the profiles the examples name: the base StructureDefinitions of R4 resources
/// (<c>http://hl7.org/fhir/StructureDefinition/{Type}</c>). The resource must be of that type, its JSON must parse
/// strictly (unknown elements, bad primitives, wrong cardinality of repeats) and pass Firely's model validation
/// (required elements, cardinality, primitive formats). Any other profile is not supported.
/// </summary>
public static partial class ScriptProfiles
{
    public static (bool Holds, string Detail) Validate(JsonObject script, string profileId, Resource resource, string? body)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(resource);
        var reference = script["profile"]?.AsArray().OfType<JsonObject>().FirstOrDefault(p => p["id"]?.GetValue<string>() == profileId)?["reference"]?.GetValue<string>()
            ?? throw new NotSupportedException($"validateProfileId '{profileId}' names no profile of the script.");
        var match = BaseProfile().Match(reference);
        if (!match.Success)
        {
            throw new NotSupportedException($"Profile '{reference}': only base R4 StructureDefinitions are supported (no validator for profiles here).");
        }

        if (resource.TypeName != match.Groups[1].Value)
        {
            return (false, $"{reference}: the resource is a {resource.TypeName}");
        }

        var issues = ScriptHttp.ParseIssues(body ?? Encoding.UTF8.GetString(FhirJson.Serialize(resource))).ToList();
        issues.AddRange(resource.Validate(ModelInfo.ModelInspector).Select(e => e.Message));
        return issues.Count == 0 ? (true, $"{reference}: parses strictly, model validation clean") : (false, $"{reference}: {string.Join("; ", issues.Take(3))}");
    }

    [GeneratedRegex("^http://hl7.org/fhir/StructureDefinition/([A-Z][A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BaseProfile();
}
