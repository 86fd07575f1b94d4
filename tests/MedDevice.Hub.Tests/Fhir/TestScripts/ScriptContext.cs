using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// The state of one TestScript run: its fixtures, the exchanges kept under their <c>responseId</c>/<c>requestId</c>,
/// the last exchange, and its variables (evaluated when used, as later operations may define their sources).
/// </summary>
public sealed partial class ScriptContext(JsonObject script, IReadOnlyDictionary<string, Resource> fixtures)
{
    private readonly Dictionary<string, ScriptExchange> _exchanges = new(StringComparer.Ordinal);

    public JsonObject Script { get; } = script;

    public IReadOnlyDictionary<string, Resource> Fixtures { get; } = fixtures;

    /// <summary>The exchange of the last operation, or null before the first.</summary>
    public ScriptExchange? Last { get; private set; }

    /// <summary>Records an operation's exchange.</summary>
    public void Record(ScriptExchange exchange, string? requestId, string? responseId)
    {
        Last = exchange;
        foreach (var id in new[] { requestId, responseId })
        {
            if (id is not null)
            {
                _exchanges[id] = exchange;
            }
        }
    }

    /// <summary>The exchange kept under a <c>responseId</c>/<c>requestId</c>, or null.</summary>
    public ScriptExchange? Exchange(string id) => _exchanges.GetValueOrDefault(id);

    /// <summary>The resource of a source id: a fixture, or the body of a kept response.</summary>
    public Resource ResourceOf(string sourceId) =>
        Fixtures.GetValueOrDefault(sourceId) ?? Exchange(sourceId)?.Resource
        ?? throw new InvalidOperationException($"sourceId '{sourceId}' is neither a fixture nor a kept response with a resource.");

    /// <summary>The logical id of a target: a fixture's id, or the id of a kept response's resource.</summary>
    public string IdOf(string targetId) =>
        ResourceOf(targetId).Id ?? throw new InvalidOperationException($"targetId '{targetId}' has no id.");

    /// <summary>Replaces every <c>${name}</c> by the variable's value.</summary>
    /// <exception cref="NotSupportedException">An unknown variable, or one without a value source.</exception>
    public string Substitute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VariableReference().Replace(text, match => Value(match.Groups[1].Value));
    }

    private string Value(string name)
    {
        var variable = Script["variable"]?.AsArray().OfType<JsonObject>().FirstOrDefault(v => v["name"]?.GetValue<string>() == name)
            ?? throw new NotSupportedException($"Variable '{name}' is not declared.");
        var source = variable["sourceId"]?.GetValue<string>();
        if (variable["headerField"]?.GetValue<string>() is { } header)
        {
            var exchange = Exchange(source ?? throw new NotSupportedException($"Variable '{name}': headerField needs a sourceId."))
                ?? throw new InvalidOperationException($"Variable '{name}': no response '{source}' yet.");
            return exchange.ResponseHeaders.GetValueOrDefault(header) ?? throw new InvalidOperationException($"Variable '{name}': no header '{header}'.");
        }

        if (variable["path"]?.GetValue<string>() is { } path)
        {
            var values = ResourceQuery.XPath(ResourceOf(source ?? throw new NotSupportedException($"Variable '{name}': path needs a sourceId.")), path);
            return values.Count > 0 ? values[0] : throw new InvalidOperationException($"Variable '{name}': '{path}' selects nothing.");
        }

        if (variable["expression"]?.GetValue<string>() is { } expression)
        {
            var resource = source is null ? Last?.Resource ?? throw new InvalidOperationException($"Variable '{name}': no response yet.") : ResourceOf(source);
            var values = ResourceQuery.Select(resource, expression);
            return values.Count > 0 ? values[0] : "";
        }

        return variable["defaultValue"]?.GetValue<string>()
            ?? throw new NotSupportedException($"Variable '{name}' has no value source (defaultValue, headerField, path or expression).");
    }

    [GeneratedRegex(@"\$\{([^}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();
}
