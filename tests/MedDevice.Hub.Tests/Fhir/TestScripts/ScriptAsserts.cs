using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// Evaluates TestScript asserts, the kinds the R4 examples use: response, responseCode, contentType, headerField,
/// resource, validateProfileId, path, expression, compareToSource (path or expression), minimumId, navigationLinks,
/// requestMethod and requestURL, with the operators equals … notContains. Anything else throws <see cref="NotSupportedException"/>.
/// </summary>
public sealed class ScriptAsserts(HttpClient http)
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "label", "description", "direction", "compareToSourceId", "compareToSourceExpression", "compareToSourcePath", "contentType", "expression",
        "headerField", "minimumId", "navigationLinks", "operator", "path", "requestMethod", "requestURL", "resource", "response", "responseCode",
        "sourceId", "validateProfileId", "value", "warningOnly",
    };

    private static readonly Dictionary<string, HttpStatusCode> Responses = new(StringComparer.Ordinal)
    {
        ["okay"] = HttpStatusCode.OK, ["created"] = HttpStatusCode.Created, ["noContent"] = HttpStatusCode.NoContent,
        ["notModified"] = HttpStatusCode.NotModified, ["bad"] = HttpStatusCode.BadRequest, ["forbidden"] = HttpStatusCode.Forbidden,
        ["notFound"] = HttpStatusCode.NotFound, ["methodNotAllowed"] = HttpStatusCode.MethodNotAllowed, ["conflict"] = HttpStatusCode.Conflict,
        ["gone"] = HttpStatusCode.Gone, ["preconditionFailed"] = HttpStatusCode.PreconditionFailed, ["unprocessable"] = HttpStatusCode.UnprocessableEntity,
    };

    /// <summary>The assert's kind, whether it holds, and what was compared.</summary>
    /// <exception cref="NotSupportedException">The assert uses a field, kind or operator the runner does not implement.</exception>
    public async Task<(string Kind, bool Holds, string Detail)> EvaluateAsync(JsonObject assert, ScriptContext context)
    {
        ArgumentNullException.ThrowIfNull(assert);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (field, _) in assert)
        {
            if (!Fields.Contains(field))
            {
                throw new NotSupportedException($"Assert field '{field}' is not supported by the runner.");
            }
        }

        var op = Text(assert, "operator");
        var value = Text(assert, "value") is { } raw ? context.Substitute(raw) : null;
        var sourceId = Text(assert, "sourceId");
        var request = Text(assert, "direction") switch
        {
            null or "response" => false,
            "request" => true,
            var other => throw new NotSupportedException($"Assert direction '{other}' is not supported."),
        };
        var exchange = sourceId is null ? context.Last : context.Exchange(sourceId);
        Resource Source() => sourceId is null
            ? context.Last?.Resource ?? throw new InvalidOperationException("No response resource to assert on.")
            : context.ResourceOf(sourceId);
        ScriptExchange Sent() => exchange ?? throw new InvalidOperationException($"No exchange to assert on (sourceId '{sourceId}').");

        if (Text(assert, "response") is { } response)
        {
            var expected = Responses.TryGetValue(response, out var status) ? status : throw new NotSupportedException($"Assert response '{response}' is not supported.");
            return ("response", Compare(op, ((int)Sent().Status).ToString(CultureInfo.InvariantCulture), ((int)expected).ToString(CultureInfo.InvariantCulture)),
                $"{response} ({(int)expected}) vs {(int)Sent().Status}");
        }

        if (Text(assert, "responseCode") is { } code)
        {
            return ("responseCode", Compare(op, ((int)Sent().Status).ToString(CultureInfo.InvariantCulture), code), $"{op ?? "equals"} {code} vs {(int)Sent().Status}");
        }

        if (Text(assert, "contentType") is { } contentType)
        {
            var headers = request ? Sent().RequestHeaders : Sent().ResponseHeaders;
            var actual = headers.GetValueOrDefault("Content-Type")?.Split(';')[0].Trim() ?? "";
            return ("contentType", Compare(op, actual, ScriptMedia.Of(contentType)), $"{contentType} ({ScriptMedia.Of(contentType)}) vs '{actual}'");
        }

        if (Text(assert, "headerField") is { } header)
        {
            var actual = (request ? Sent().RequestHeaders : Sent().ResponseHeaders).GetValueOrDefault(header) ?? "";
            return ("headerField", Compare(op, actual, value), $"{(request ? "request" : "response")} {header} '{actual}' {op ?? "equals"} '{value}'");
        }

        if (Text(assert, "requestMethod") is { } method)
        {
            return ("requestMethod", Compare(op, Sent().Method.ToUpperInvariant(), method.ToUpperInvariant()), $"{method} vs {Sent().Method}");
        }

        if (Text(assert, "requestURL") is { } url)
        {
            return ("requestURL", Compare(op, Sent().Url.ToString(), context.Substitute(url)), $"'{Sent().Url}' {op ?? "equals"} '{url}'");
        }

        if (Text(assert, "resource") is { } type)
        {
            var actual = Source().TypeName;
            return ("resource", Compare(op, actual, type), $"{type} vs {actual}");
        }

        if (Text(assert, "validateProfileId") is { } profileId)
        {
            var (holds, detail) = ScriptProfiles.Validate(context.Script, profileId, Source(), sourceId is null ? context.Last?.Body : null);
            return ("validateProfileId", holds, detail);
        }

        if (Text(assert, "minimumId") is { } minimumId)
        {
            var (holds, detail) = ScriptMinimum.Contains(Source(), context.ResourceOf(minimumId));
            return ("minimumId", holds, detail);
        }

        if (assert["navigationLinks"]?.GetValue<bool>() is { } navigation)
        {
            var (holds, detail) = await NavigationLinksAsync(Source());
            return ("navigationLinks", holds == navigation, detail);
        }

        if (Text(assert, "compareToSourceId") is { } compareTo)
        {
            var other = context.ResourceOf(compareTo);
            var (expected, query) = Text(assert, "compareToSourcePath") is { } otherPath ? (ResourceQuery.XPath(other, otherPath), otherPath)
                : Text(assert, "compareToSourceExpression") is { } otherExpression ? (ResourceQuery.Select(other, otherExpression), otherExpression)
                : throw new NotSupportedException("compareToSourceId needs compareToSourcePath or compareToSourceExpression.");
            // Without its own path/expression the assert applies the compareTo query to its source too.
            var actual = Text(assert, "path") is { } path ? ResourceQuery.XPath(Source(), path)
                : Text(assert, "expression") is { } expression ? ResourceQuery.Select(Source(), expression)
                : Text(assert, "compareToSourcePath") is not null ? ResourceQuery.XPath(Source(), query) : ResourceQuery.Select(Source(), query);
            var (left, right) = (actual.Count > 0 ? actual[0] : "", expected.Count > 0 ? expected[0] : "");
            return ("compareToSource", expected.Count > 0 && Compare(op, left, right), $"'{left}' {op ?? "equals"} '{right}' ({compareTo}: {query})");
        }

        if (Text(assert, "path") is { } xpath)
        {
            var values = ResourceQuery.XPath(Source(), xpath);
            var actual = values.Count > 0 ? values[0] : "";
            return ("path", Compare(op, actual, value), $"{xpath} = '{actual}' {op ?? "equals"} '{value}'");
        }

        if (Text(assert, "expression") is { } fhirPath)
        {
            if (op is null && value is null)
            {
                return ("expression", ResourceQuery.IsTrue(Source(), fhirPath), $"{fhirPath} is true");
            }

            var values = ResourceQuery.Select(Source(), fhirPath);
            var actual = values.Count > 0 ? values[0] : "";
            return ("expression", Compare(op, actual, value), $"{fhirPath} = '{actual}' {op ?? "equals"} '{value}'");
        }

        throw new NotSupportedException("The assert names nothing the runner can check: " + assert.ToJsonString());
    }

    /// <summary>The TestScript operators (all but <c>eval</c>).</summary>
    public static bool Compare(string? op, string actual, string? expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        string Expected() => expected ?? throw new NotSupportedException($"Operator '{op ?? "equals"}' needs a value.");
        return op switch
        {
            null or "equals" => actual == Expected(),
            "notEquals" => actual != Expected(),
            "in" => Expected().Split(',').Select(v => v.Trim()).Contains(actual),
            "notIn" => !Expected().Split(',').Select(v => v.Trim()).Contains(actual),
            "greaterThan" => Number(actual) > Number(Expected()),
            "lessThan" => Number(actual) < Number(Expected()),
            "empty" => actual.Length == 0,
            "notEmpty" => actual.Length > 0,
            "contains" => actual.Contains(Expected(), StringComparison.Ordinal),
            "notContains" => !actual.Contains(Expected(), StringComparison.Ordinal),
            _ => throw new NotSupportedException($"Assert operator '{op}' is not supported."),
        };
    }

    private static decimal Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : throw new NotSupportedException($"'{text}' is not a number.");

    /// <summary>
    /// A searchset carries a <c>self</c> link, and every navigation link it carries (first, previous, next, last) is an
    /// absolute URL that answers 200 with a searchset Bundle.
    /// </summary>
    private async Task<(bool Holds, string Detail)> NavigationLinksAsync(Resource source)
    {
        if (source is not Bundle bundle)
        {
            return (false, $"a {source.TypeName}, not a Bundle");
        }

        var links = bundle.Link.Where(l => l.Relation is "self" or "first" or "previous" or "next" or "last").ToList();
        if (!links.Any(l => l.Relation == "self"))
        {
            return (false, "no self link");
        }

        foreach (var link in links)
        {
            if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var uri))
            {
                return (false, $"{link.Relation} link '{link.Url}' is not absolute");
            }

            using var response = await http.GetAsync(uri);
            if (response.StatusCode != HttpStatusCode.OK || ScriptHttp.Parse(await response.Content.ReadAsStringAsync()) is not Bundle { Type: Bundle.BundleType.Searchset })
            {
                return (false, $"{link.Relation} link answers {(int)response.StatusCode}, not a searchset");
            }
        }

        return (true, string.Join(", ", links.Select(l => l.Relation)) + " resolve to searchsets");
    }

    private static string? Text(JsonObject node, string field) => node[field]?.GetValue<string>();
}
