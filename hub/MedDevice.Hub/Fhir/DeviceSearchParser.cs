using System.Globalization;
using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Storage.Registry.Search;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// Turns FHIR search parameters (query string or form body) into a <see cref="DeviceQuery"/>. Repeated parameters
/// are AND, comma-separated values OR. Unknown parameters are ignored unless <c>Prefer: handling=strict</c>.
/// </summary>
public static class DeviceSearchParser
{
    /// <summary>The parameter carrying the keyset cursor in next links.</summary>
    public const string CursorParameter = "_cursor";

    private static readonly HashSet<string> Ignorable = new(StringComparer.Ordinal) { "_format", "_pretty", "_total", "_elements" };

    /// <summary>Parses the parameters.</summary>
    /// <exception cref="FhirException">A parameter is malformed (or unknown under strict handling).</exception>
    public static DeviceSearchRequest Parse(IEnumerable<KeyValuePair<string, string>> parameters, bool strict, FhirOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        var criteria = new List<DeviceCriterion>();
        var links = new List<KeyValuePair<string, string>>();
        var ignored = new List<string>();
        var count = options.DefaultCount;
        var sort = DeviceSort.Default;
        var countOnly = false;
        string? cursor = null;
        foreach (var (rawName, value) in parameters)
        {
            var colon = rawName.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? rawName : rawName[..colon];
            var modifier = colon < 0 ? null : rawName[(colon + 1)..];
            if (name == CursorParameter)
            {
                cursor = value;
                continue;
            }

            links.Add(new(rawName, value));
            switch (name)
            {
                case "_count":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 0)
                    {
                        throw new FhirException($"_count must be a non-negative integer, got '{value}'.");
                    }

                    countOnly |= count == 0;
                    count = Math.Clamp(count, 1, options.MaxCount);
                    break;
                case "_sort":
                    sort = value switch
                    {
                        "_lastUpdated" => DeviceSort.LastUpdated,
                        "-_lastUpdated" => DeviceSort.LastUpdatedDescending,
                        _ => throw new FhirException($"_sort supports _lastUpdated and -_lastUpdated only, got '{value}'."),
                    };
                    break;
                case "_summary":
                    countOnly = value == "count" ? true
                        : value == "false" ? countOnly
                        : throw new FhirException($"_summary supports 'count' and 'false' only, got '{value}'.");
                    break;
                case "_id":
                    RequireNoModifier(rawName, modifier);
                    criteria.Add(new IdCriterion(Split(value)));
                    break;
                case "_lastUpdated":
                    RequireNoModifier(rawName, modifier);
                    criteria.AddRange(Split(value).Select(FhirDateRange.Parse).Take(1));
                    if (value.Contains(',', StringComparison.Ordinal))
                    {
                        throw new FhirException("_lastUpdated takes one value per parameter (repeat the parameter to AND).");
                    }

                    break;
                default:
                    if (DeviceSearchParameters.All.TryGetValue(name, out var parameter))
                    {
                        criteria.Add(Criterion(parameter, modifier, value, rawName));
                    }
                    else if (strict && !Ignorable.Contains(name))
                    {
                        throw new FhirException($"Unknown search parameter '{rawName}' (Prefer: handling=strict).");
                    }
                    else
                    {
                        links.RemoveAt(links.Count - 1);
                        ignored.Add(rawName);
                    }

                    break;
            }
        }

        return new DeviceSearchRequest(new DeviceQuery(criteria, count, sort, cursor), countOnly, links, ignored);
    }

    private static DeviceCriterion Criterion(DeviceSearchParameter parameter, string? modifier, string value, string rawName)
    {
        var values = Split(value);
        switch (parameter.Type)
        {
            case SearchParamType.Text:
                var match = modifier switch
                {
                    null => StringMatch.Prefix,
                    "exact" => StringMatch.Exact,
                    "contains" => StringMatch.Contains,
                    _ => throw new FhirException($"Modifier ':{modifier}' is not supported on string parameter '{parameter.Name}' (use :exact or :contains)."),
                };
                return new StringCriterion(parameter.Name, match, values);
            case SearchParamType.Reference:
                RequireNoModifier(rawName, modifier);
                return new TokenCriterion(parameter.Name, values.Select(v => new TokenMatch(null, Reference(parameter.Name, v), AnySystem: true)).ToList());
            case SearchParamType.Uri:
                RequireNoModifier(rawName, modifier);
                return new TokenCriterion(parameter.Name, values.Select(v => new TokenMatch(null, v, AnySystem: true)).ToList());
            default:
                var not = modifier switch
                {
                    null => false,
                    "not" => true,
                    _ => throw new FhirException($"Modifier ':{modifier}' is not supported on token parameter '{parameter.Name}' (use :not)."),
                };
                var tokens = values.Select(TokenMatch.Parse).ToList();
                if (parameter.Name == DeviceSearchParameters.RegistrationNumber)
                {
                    tokens = tokens.Select(t => t.Code is null ? t : t with { Code = DeviceIndexer.CanonicalRegistration(t.Code) }).ToList();
                }

                return new TokenCriterion(parameter.Name, tokens, not);
        }
    }

    /// <summary>A reference search value as indexed: <c>Type/id</c> (a bare id gets the parameter's target type).</summary>
    private static string Reference(string parameter, string value)
    {
        if (value.Contains('/', StringComparison.Ordinal))
        {
            return value;
        }

        var type = parameter switch
        {
            DeviceSearchParameters.Organization => "Organization",
            DeviceSearchParameters.Patient => "Patient",
            _ => "Location",
        };
        return type + "/" + value;
    }

    private static void RequireNoModifier(string rawName, string? modifier)
    {
        if (modifier is not null)
        {
            throw new FhirException($"Modifier in '{rawName}' is not supported.");
        }
    }

    private static List<string> Split(string value)
    {
        var values = value.Split(',', StringSplitOptions.TrimEntries).Where(v => v.Length > 0).ToList();
        return values.Count > 0 ? values : throw new FhirException("A search parameter needs a value.");
    }
}
