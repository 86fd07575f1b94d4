using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using MedDevice.Hub.Fhir;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// A small TestScript engine for the subset the R4 examples use: retargets the script to Device
/// (<see cref="ScriptRetargeting"/>), checks its required capabilities against <c>/metadata</c>, runs setup, each test
/// and teardown (operations read, search, history, create, update, delete; asserts per <see cref="ScriptAsserts"/>)
/// against the destinations, and reports every action. An element, operation or assert it does not implement throws
/// <see cref="NotSupportedException"/>: nothing is skipped silently. A failed assert ends its setup or test (as in
/// TestScript engines); teardown always runs.
/// </summary>
public sealed class ScriptRunner(HttpClient http, IReadOnlyDictionary<int, Uri> destinations)
{
    private const string OperationCodes = "http://terminology.hl7.org/CodeSystem/testscript-operation-codes";

    private static readonly HashSet<string> ScriptFields = new(StringComparer.Ordinal)
    {
        "resourceType", "id", "text", "url", "identifier", "version", "name", "title", "status", "experimental", "date", "publisher", "contact",
        "description", "useContext", "jurisdiction", "purpose", "copyright", "metadata", "origin", "destination", "fixture", "profile", "variable",
        "setup", "test", "teardown",
    };

    private static readonly HashSet<string> OperationFields = new(StringComparer.Ordinal)
    {
        "type", "resource", "label", "description", "accept", "contentType", "destination", "origin", "encodeRequestUrl", "params",
        "requestHeader", "requestId", "responseId", "sourceId", "targetId", "url",
    };

    private readonly ScriptAsserts _asserts = new(http);

    /// <summary>Runs the script.</summary>
    public async Task<ScriptReport> RunAsync(JsonObject original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var (script, applied) = ScriptRetargeting.Apply(original);
        var report = new ScriptReport(script["id"]!.GetValue<string>());
        report.Retargeted.AddRange(applied);
        RequireSupported(script);
        var fixtures = ScriptFixtures.For(report.Script, (script["fixture"]?.AsArray() ?? []).Select(f => f!["id"]!.GetValue<string>()));
        var context = new ScriptContext(script, fixtures);

        await CheckCapabilitiesAsync(script, report);
        if (await RunActionsAsync("setup", script["setup"]?["action"]?.AsArray(), context, report))
        {
            foreach (var test in script["test"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                await RunActionsAsync("test " + (test["id"] ?? test["name"])!.GetValue<string>(), test["action"]?.AsArray(), context, report);
            }
        }

        await RunActionsAsync("teardown", script["teardown"]?["action"]?.AsArray(), context, report);
        return report;
    }

    /// <summary>Runs actions in order; false when an assert failed (the rest of this block is not run, and says so).</summary>
    private async Task<bool> RunActionsAsync(string phase, JsonArray? actions, ScriptContext context, ScriptReport report)
    {
        var list = actions?.OfType<JsonObject>().ToList() ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var action = list[i];
            if (action["operation"] is JsonObject operation)
            {
                await OperateAsync(phase, operation, context, report);
            }
            else if (action["assert"] is JsonObject assert)
            {
                var (kind, holds, detail) = await _asserts.EvaluateAsync(assert, context);
                var warningOnly = assert["warningOnly"]?.GetValue<bool>() ?? false;
                report.Add(phase, "assert " + kind, holds ? ScriptOutcome.Pass : warningOnly ? ScriptOutcome.Warning : ScriptOutcome.Fail, detail);
                if (!holds && !warningOnly)
                {
                    if (i < list.Count - 1)
                    {
                        report.Add(phase, "stopped", ScriptOutcome.Fail, $"{list.Count - i - 1} later actions of this block not run after the failed assert");
                    }

                    return false;
                }
            }
            else
            {
                throw new NotSupportedException($"{phase}: an action with neither operation nor assert.");
            }
        }

        return true;
    }

    private async System.Threading.Tasks.Task OperateAsync(string phase, JsonObject operation, ScriptContext context, ScriptReport report)
    {
        foreach (var (field, _) in operation)
        {
            if (!OperationFields.Contains(field))
            {
                throw new NotSupportedException($"Operation field '{field}' is not supported by the runner.");
            }
        }

        var type = operation["type"]!.AsObject();
        if (type["system"]?.GetValue<string>() != OperationCodes)
        {
            throw new NotSupportedException($"Operation type system '{type["system"]}' is not supported.");
        }

        var code = type["code"]!.GetValue<string>();
        var method = code switch
        {
            "read" or "search" or "history" => HttpMethod.Get,
            "create" => HttpMethod.Post,
            "update" => HttpMethod.Put,
            "delete" => HttpMethod.Delete,
            _ => throw new NotSupportedException($"Operation '{code}' is not supported by the runner."),
        };
        if (operation["origin"]?.GetValue<int>() is { } origin and not 1)
        {
            throw new NotSupportedException($"Origin {origin}: the runner is the only client (origin 1).");
        }

        var destination = operation["destination"]?.GetValue<int>() ?? 1;
        var root = destinations.TryGetValue(destination, out var known) ? known : throw new NotSupportedException($"Destination {destination} is not configured.");
        var sourceId = operation["sourceId"]?.GetValue<string>();
        var url = ScriptUrls.Build(root, code, operation, context);

        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(ScriptMedia.Of(operation["accept"]?.GetValue<string>() ?? "json")));
        foreach (var header in operation["requestHeader"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            request.Headers.TryAddWithoutValidation(header["field"]!.GetValue<string>(), context.Substitute(header["value"]!.GetValue<string>()));
        }

        if (method == HttpMethod.Post || method == HttpMethod.Put)
        {
            var body = (Resource)context.ResourceOf(sourceId ?? throw new NotSupportedException($"Operation '{code}' needs a sourceId.")).DeepCopy();
            // FHIR requires the body's id to be the URL's on update, none on create.
            body.Id = method == HttpMethod.Put ? url.Segments[^1].TrimEnd('/') : null;
            request.Content = new ByteArrayContent(FhirJson.Serialize(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ScriptMedia.Of(operation["contentType"]?.GetValue<string>() ?? "json"));
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var sent = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var received = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var exchange = new ScriptExchange(method.Method, url, sent, response.StatusCode, received, text, ScriptHttp.Parse(text));
        context.Record(exchange, operation["requestId"]?.GetValue<string>(), operation["responseId"]?.GetValue<string>());
        report.Add(phase, "operation " + code, ScriptOutcome.Pass, $"{method.Method} {url.PathAndQuery} → {(int)response.StatusCode}");
    }

    /// <summary>Each required capability's interactions (its http.html links) must be declared for the resource in the destination's metadata.</summary>
    private async System.Threading.Tasks.Task CheckCapabilitiesAsync(JsonObject script, ScriptReport report)
    {
        foreach (var capability in script["metadata"]?["capability"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (capability["required"]?.GetValue<bool>() != true)
            {
                continue;
            }

            var destination = capability["destination"]?.GetValue<int>() ?? 1;
            var root = destinations.TryGetValue(destination, out var known) ? known : throw new NotSupportedException($"Destination {destination} is not configured.");
            using var response = await http.GetAsync(new Uri(root, "metadata"));
            var statement = ScriptHttp.Parse(await response.Content.ReadAsStringAsync()) as CapabilityStatement
                ?? throw new InvalidOperationException($"{root}metadata is not a CapabilityStatement.");
            var resourceTypes = ScriptResourceTypes(script);
            var declared = statement.Rest.SelectMany(r => r.Resource).Where(r => resourceTypes.Contains(r.Type!))
                .SelectMany(r => r.Interaction.Select(i => Hl7.Fhir.Utility.EnumUtility.GetLiteral(i.Code))).ToHashSet(StringComparer.Ordinal);
            foreach (var link in capability["link"]?.AsArray().Select(l => l!.GetValue<string>()) ?? [])
            {
                var needed = link switch
                {
                    "http://hl7.org/fhir/http.html#read" => "read",
                    "http://hl7.org/fhir/http.html#update" => "update",
                    "http://hl7.org/fhir/http.html#delete" => "delete",
                    "http://hl7.org/fhir/http.html#create" => "create",
                    "http://hl7.org/fhir/http.html#search" => "search-type",
                    "http://hl7.org/fhir/http.html#history" => "history-instance",
                    _ => throw new NotSupportedException($"Capability link '{link}' is not supported by the runner."),
                };
                report.Add("capabilities", "capability " + needed, declared.Contains(needed) ? ScriptOutcome.Pass : ScriptOutcome.Fail,
                    $"{string.Join(",", resourceTypes)} {needed} in {root}metadata (destination {destination})");
            }
        }
    }

    private static HashSet<string> ScriptResourceTypes(JsonObject script) =>
        ScriptRetargeting.ExecutableParts(script).Select(p => p["resource"] is JsonValue v ? v.GetValue<string>() : null)
            .OfType<string>().Where(t => t is not "Bundle").ToHashSet(StringComparer.Ordinal);

    private static void RequireSupported(JsonObject script)
    {
        foreach (var (field, _) in script)
        {
            if (!ScriptFields.Contains(field))
            {
                throw new NotSupportedException($"TestScript element '{field}' is not supported by the runner.");
            }
        }

        foreach (var fixture in script["fixture"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (fixture["autocreate"]?.GetValue<bool>() == true || fixture["autodelete"]?.GetValue<bool>() == true)
            {
                throw new NotSupportedException($"Fixture '{fixture["id"]}': autocreate/autodelete are not supported by the runner.");
            }
        }

        foreach (var origin in script["origin"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (origin["index"]?.GetValue<int>() != 1 || origin["profile"]?["code"]?.GetValue<string>() != "FHIR-Client")
            {
                throw new NotSupportedException("Only origin 1 (a FHIR client: the runner) is supported.");
            }
        }

        foreach (var destination in script["destination"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (destination["profile"]?["code"]?.GetValue<string>() != "FHIR-Server")
            {
                throw new NotSupportedException("Only FHIR-Server destinations are supported.");
            }
        }
    }
}
