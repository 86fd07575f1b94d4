using System.Globalization;
using System.Text.Json;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace MedDevice.Mappings.Tests.Customs;

/// <summary>
/// The rules of a profile in <c>schemas/fhir</c> as FHIRPath, run by Firely's engine: its invariants (<c>vdi-*</c>, <c>vnd-*</c>)
/// and the cardinalities of its differential, slices included (extension slices by profile URL, identifier slices by system).
/// </summary>
internal sealed class ProfileRules
{
    private ProfileRules(IReadOnlyList<(string Name, string Expression)> rules) => Rules = rules;

    public IReadOnlyList<(string Name, string Expression)> Rules { get; }

    public static ProfileRules Load(string profileId)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "schemas", "fhir", $"StructureDefinition-{profileId}.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var elements = document.RootElement.GetProperty("differential").GetProperty("element").EnumerateArray().ToList();
        var rules = new List<(string, string)>();
        var scopes = new Dictionary<string, string>(StringComparer.Ordinal) { ["Device"] = "" };
        foreach (var element in elements)
        {
            var id = element.GetProperty("id").GetString()!;
            foreach (var constraint in element.TryGetProperty("constraint", out var constraints) ? constraints.EnumerateArray() : default)
            {
                rules.Add((constraint.GetProperty("key").GetString()!, constraint.GetProperty("expression").GetString()!));
            }

            if (id == "Device")
            {
                continue;
            }

            var parentId = id[..id.LastIndexOf('.')];
            var name = id[(id.LastIndexOf('.') + 1)..];
            var selection = Selection(name, id, elements);
            var parentScope = scopes[parentId];
            scopes[id] = parentScope.Length == 0 ? selection : $"{parentScope}.{selection}";
            var min = element.TryGetProperty("min", out var m) ? m.GetInt32() : 0;
            var max = element.TryGetProperty("max", out var x) ? x.GetString() : null;
            if (min > 0)
            {
                rules.Add(($"{id} min {min}", Within(parentScope, string.Create(CultureInfo.InvariantCulture, $"{selection}.count() >= {min}"))));
            }

            if (max is not null && max != "*")
            {
                rules.Add(($"{id} max {max}", Within(parentScope, $"{selection}.count() <= {max}")));
            }
        }

        return new ProfileRules(rules);
    }

    /// <summary>The rules the resource breaks (empty when it conforms).</summary>
    public IReadOnlyList<string> Broken(Base resource) =>
        Rules.Where(r => !resource.IsTrue(r.Expression, new FhirEvaluationContext())).Select(r => $"{r.Name}: {r.Expression}").ToList();

    private static string Within(string scope, string test) => scope.Length == 0 ? test : $"{scope}.all({test})";

    private static string Selection(string name, string id, List<JsonElement> elements)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return name;
        }

        var element = elements.Single(e => e.GetProperty("id").GetString() == id);
        var baseName = name[..colon];
        if (element.TryGetProperty("type", out var types) && types[0].TryGetProperty("profile", out var profiles))
        {
            return $"{baseName}.where(url = '{profiles[0].GetString()}')";
        }

        var system = elements.Single(e => e.GetProperty("id").GetString() == id + ".system").GetProperty("patternUri").GetString();
        return $"{baseName}.where(system = '{system}')";
    }
}
