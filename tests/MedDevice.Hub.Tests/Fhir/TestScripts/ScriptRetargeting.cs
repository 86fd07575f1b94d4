using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// Retargets the R4 TestScript examples (written for Patient, XML and JSON) to this server: Device, JSON only. Every
/// rewrite is an explicit rule applied to the executable parts of a script (operations, asserts, variables, fixtures,
/// profiles) and reported; anything still naming Patient, <c>family</c>/<c>given</c> or XML afterwards stops the run.
/// </summary>
public static partial class ScriptRetargeting
{
    /// <summary>The fixture device's name: stands in for the family name "Chalmers".</summary>
    public const string DeviceName = "Máy thở Evita";

    /// <summary>The fixture device's model: stands in for the given name "Peter".</summary>
    public const string ModelNumber = "Evita V300";

    private static readonly Rule[] Rules =
    [
        new("resource", "Patient", "Device", Exact: true, "the resource type under test"),
        new("reference", "http://hl7.org/fhir/StructureDefinition/Patient", "http://hl7.org/fhir/StructureDefinition/Device", Exact: true, "the base profile of the resource under test"),
        new("path", "fhir:Patient/fhir:name/fhir:family", "fhir:Device/fhir:deviceName/fhir:name", Exact: false, "family name → device name"),
        new("path", "fhir:Patient/fhir:name/fhir:given", "fhir:Device/fhir:modelNumber", Exact: false, "given name → model number"),
        new("path", "Patient/id", "Device/id", Exact: true, "the fixture's id"),
        new("compareToSourcePath", "fhir:Patient/fhir:name/fhir:family", "fhir:Device/fhir:deviceName/fhir:name", Exact: false, "family name → device name"),
        new("compareToSourcePath", "fhir:Patient/fhir:name/fhir:given", "fhir:Device/fhir:modelNumber", Exact: false, "given name → model number"),
        new("compareToSourceExpression", "Patient.name.first().family", "Device.deviceName.first().name", Exact: true, "family name → device name"),
        new("value", "Chalmers", DeviceName, Exact: true, "the fixture's family name → its device name"),
        new("value", "Peter", ModelNumber, Exact: true, "the fixture's given name → its model number"),
        new("params", "family=", "device-name=", Exact: false, "search by family name → by device-name"),
        new("params", "given=", "model=", Exact: false, "search by given name → by model"),
        new("requestURL", "family", "device-name", Exact: true, "the search parameter the request must carry"),
        new("params", "/ID-may-not-contain-CAPITALS", "/ID_may_not_contain_underscores", Exact: true,
            "R4 ids may contain capitals ([A-Za-z0-9\\-\\.]{1,64}), so the example's id is valid; an underscore keeps the test's intent (an invalid id is 400)"),
        new("accept", "xml", "json", Exact: true, "the server is JSON only (CapabilityStatement.format)"),
        new("contentType", "xml", "json", Exact: true, "the server is JSON only (CapabilityStatement.format)"),
        new("value", "xml", "json", Exact: true, "the Accept header the runner sends is JSON"),
    ];

    /// <summary>Values for variables the examples leave to the tester (<c>hint</c> only).</summary>
    private static readonly Dictionary<string, string> TesterInput = new(StringComparer.Ordinal)
    {
        ["PatientSearchFamilyName"] = DeviceName,
        ["PatientSearchGivenName"] = ModelNumber,
    };

    /// <summary>A retargeted copy of the script, and the rewrites applied.</summary>
    /// <exception cref="NotSupportedException">Something still targets Patient, a Patient search parameter or XML.</exception>
    public static (JsonObject Script, IReadOnlyList<string> Applied) Apply(JsonObject original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var script = original.DeepClone().AsObject();
        var applied = new List<string>();
        foreach (var part in ExecutableParts(script))
        {
            foreach (var (field, node) in part.ToList())
            {
                if (node is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    var rewritten = Rewrite(field, text, applied);
                    if (!ReferenceEquals(rewritten, text))
                    {
                        part[field] = rewritten;
                    }
                }
            }
        }

        foreach (var variable in script["variable"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var name = variable["name"]!.GetValue<string>();
            if (variable["defaultValue"] is null && variable["path"] is null && variable["expression"] is null && variable["headerField"] is null
                && TesterInput.TryGetValue(name, out var input))
            {
                variable["defaultValue"] = input;
                applied.Add($"variable {name}: tester input '{input}' (the example leaves it to the tester)");
            }
        }

        foreach (var fixture in script["fixture"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var reference = fixture["resource"]?["reference"]?.GetValue<string>();
            if (reference is not null && reference.StartsWith("Patient/", StringComparison.Ordinal))
            {
                fixture["resource"]!["reference"] = "Device/" + fixture["id"]!.GetValue<string>();
                applied.Add($"fixture {fixture["id"]}: {reference} → a Device fixture of the runner");
            }
        }

        RequireRetargeted(script);
        return (script, applied.Distinct().ToList());
    }

    /// <summary>Operations, asserts, variables, fixtures and profiles: the parts that are executed (not documentation).</summary>
    public static IEnumerable<JsonObject> ExecutableParts(JsonObject script)
    {
        ArgumentNullException.ThrowIfNull(script);
        foreach (var name in new[] { "variable", "fixture", "profile" })
        {
            foreach (var item in script[name]?.AsArray().OfType<JsonObject>() ?? [])
            {
                yield return item;
                if (item["resource"] is JsonObject resource)
                {
                    yield return resource;
                }
            }
        }

        var actions = (script["setup"]?["action"]?.AsArray() ?? [])
            .Concat((script["test"]?.AsArray() ?? []).SelectMany(t => t!["action"]?.AsArray() ?? []))
            .Concat(script["teardown"]?["action"]?.AsArray() ?? []);
        foreach (var action in actions.OfType<JsonObject>())
        {
            foreach (var kind in new[] { "operation", "assert" })
            {
                if (action[kind] is JsonObject part)
                {
                    yield return part;
                }
            }
        }
    }

    private static string Rewrite(string field, string text, List<string> applied)
    {
        var result = text;
        foreach (var rule in Rules.Where(r => r.Field == field))
        {
            var next = rule.Exact ? (result == rule.From ? rule.To : result) : result.Replace(rule.From, rule.To, StringComparison.Ordinal);
            if (next != result)
            {
                applied.Add($"{field}: '{rule.From}' → '{rule.To}' ({rule.Why})");
                result = next;
            }
        }

        return result;
    }

    private static void RequireRetargeted(JsonObject script)
    {
        foreach (var part in ExecutableParts(script))
        {
            // Names of fixtures, responses and profiles are labels, not content: only content must not target Patient.
            foreach (var (field, node) in part)
            {
                if (field is "description" or "label" or "name" or "display" or "hint" or "id" or "sourceId" or "targetId" or "responseId" or "requestId"
                    or "compareToSourceId" or "minimumId" or "validateProfileId" || node is not JsonValue value || !value.TryGetValue<string>(out var text))
                {
                    continue;
                }

                var executable = VariableReference().Replace(text, "");
                if (executable.Contains("Patient", StringComparison.Ordinal) || FamilyOrGiven().IsMatch(executable)
                    || (field is "accept" or "contentType" && executable == "xml"))
                {
                    throw new NotSupportedException($"'{field}': '{text}' still targets Patient or XML after retargeting: add a rule to {nameof(ScriptRetargeting)}.");
                }
            }
        }
    }

    [GeneratedRegex(@"\$\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"\b(family|given)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyOrGiven();

    private sealed record Rule(string Field, string From, string To, bool Exact, string Why);
}
