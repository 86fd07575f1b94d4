using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using MedDevice.Hub.Fhir;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// <c>minimumId</c>: the resource holds at least the minimum fixture's content: every element of the fixture is
/// present with the same value (each repeat of the fixture matches some repeat of the resource).
/// </summary>
public static class ScriptMinimum
{
    public static (bool Holds, string Detail) Contains(Resource actual, Resource minimum)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(minimum);
        var missing = Missing(JsonNode.Parse(FhirJson.Serialize(actual)), JsonNode.Parse(FhirJson.Serialize(minimum)), "");
        return missing is null ? (true, "every element of the minimum fixture is present") : (false, "missing or different: " + missing);
    }

    private static string? Missing(JsonNode? actual, JsonNode? minimum, string path)
    {
        switch (minimum)
        {
            case JsonObject required:
                if (actual is not JsonObject present)
                {
                    return path;
                }

                foreach (var (name, value) in required)
                {
                    if (Missing(present[name], value, path + "/" + name) is { } gap)
                    {
                        return gap;
                    }
                }

                return null;
            case JsonArray items:
                if (actual is not JsonArray candidates)
                {
                    return path;
                }

                foreach (var item in items)
                {
                    if (candidates.All(c => Missing(c, item, path) is not null))
                    {
                        return path + "[" + item?.ToJsonString() + "]";
                    }
                }

                return null;
            default:
                return actual is JsonValue && actual.ToJsonString() == minimum?.ToJsonString() ? null : path;
        }
    }
}
