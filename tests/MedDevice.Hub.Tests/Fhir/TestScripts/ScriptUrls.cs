using System.Text;
using System.Text.Json.Nodes;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>The request URL of a TestScript operation: <c>url</c>, else <c>[type]</c> + <c>params</c>, else the target's id, else the type.</summary>
public static class ScriptUrls
{
    public static Uri Build(Uri root, string code, JsonObject operation, ScriptContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation["url"]?.GetValue<string>() is { } url)
        {
            var resolved = context.Substitute(url);
            return Uri.TryCreate(resolved, UriKind.Absolute, out var absolute) ? absolute : new Uri(root, resolved.TrimStart('/'));
        }

        var sourceId = operation["sourceId"]?.GetValue<string>();
        var type = operation["resource"]?.GetValue<string>() ?? (sourceId is null ? null : context.ResourceOf(sourceId).TypeName)
            ?? throw new NotSupportedException($"Operation '{code}' names no resource type.");
        var encode = operation["encodeRequestUrl"]?.GetValue<bool>() ?? true;
        if (operation["params"]?.GetValue<string>() is { } parameters)
        {
            return new Uri(root, type + Encode(context.Substitute(parameters), encode));
        }

        if (operation["targetId"]?.GetValue<string>() is { } targetId)
        {
            var id = Uri.EscapeDataString(context.IdOf(targetId));
            return code switch
            {
                "read" or "update" or "delete" => new Uri(root, $"{type}/{id}"),
                "history" => new Uri(root, $"{type}/{id}/_history"),
                _ => throw new NotSupportedException($"Operation '{code}' with a targetId is not supported."),
            };
        }

        return code switch
        {
            "create" or "search" => new Uri(root, type),
            "history" => new Uri(root, $"{type}/_history"),
            "update" when sourceId is not null => new Uri(root, $"{type}/{Uri.EscapeDataString(context.IdOf(sourceId))}"),
            _ => throw new NotSupportedException($"Operation '{code}' without url, params or targetId is not supported."),
        };
    }

    /// <summary><c>/id</c> or <c>?a=b&amp;c=d</c>, with values percent-encoded when the script asks for it.</summary>
    private static string Encode(string parameters, bool encode)
    {
        if (!encode)
        {
            return parameters;
        }

        var query = parameters.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? parameters : parameters[..query];
        var text = new StringBuilder(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
        if (query >= 0)
        {
            text.Append('?').AppendJoin('&', parameters[(query + 1)..].Split('&').Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                return equals < 0 ? Uri.EscapeDataString(pair) : pair[..equals] + "=" + Uri.EscapeDataString(pair[(equals + 1)..]);
            }));
        }

        return text.ToString();
    }
}
