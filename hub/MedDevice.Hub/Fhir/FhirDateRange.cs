using System.Globalization;
using System.Text.RegularExpressions;
using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Fhir;

/// <summary>Parses a FHIR date search value (<c>[prefix]YYYY[-MM[-DD[Thh:mm[:ss[.fff]][Z|±hh:mm]]]]</c>) into a range by its precision.</summary>
public static partial class FhirDateRange
{
    private static readonly Dictionary<string, DateComparison> Prefixes = new(StringComparer.Ordinal)
    {
        ["eq"] = DateComparison.Equal, ["ne"] = DateComparison.NotEqual, ["gt"] = DateComparison.GreaterThan, ["lt"] = DateComparison.LessThan,
        ["ge"] = DateComparison.GreaterOrEqual, ["le"] = DateComparison.LessOrEqual, ["sa"] = DateComparison.StartsAfter,
        ["eb"] = DateComparison.EndsBefore, ["ap"] = DateComparison.Approximately,
    };

    /// <summary>The criterion for one <c>_lastUpdated</c> value; dates without a zone are taken as UTC.</summary>
    /// <exception cref="FhirException">The value is not a FHIR date.</exception>
    public static LastUpdatedCriterion Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var comparison = DateComparison.Equal;
        var text = value;
        if (text.Length > 2 && Prefixes.TryGetValue(text[..2], out var prefixed))
        {
            comparison = prefixed;
            text = text[2..];
        }

        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            throw new FhirException($"'{value}' is not a FHIR date (expected [prefix]YYYY[-MM[-DD[Thh:mm[:ss[.fff]][Z|±hh:mm]]]]).");
        }

        try
        {
            var year = Int(match, "y");
            var month = match.Groups["m"].Success ? Int(match, "m") : 1;
            var day = match.Groups["d"].Success ? Int(match, "d") : 1;
            var offset = ParseOffset(match.Groups["z"].Value);
            var hour = match.Groups["h"].Success ? Int(match, "h") : 0;
            var minute = match.Groups["mi"].Success ? Int(match, "mi") : 0;
            var second = match.Groups["s"].Success ? Int(match, "s") : 0;
            // The fraction in whole ticks (7 digits), read as an integer: a double would turn .348 into 3,479,999 ticks and the range would miss 348 ms.
            var fractionTicks = match.Groups["f"].Success ? long.Parse(match.Groups["f"].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
            var start = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
            var end = match.Groups["f"].Success ? start.AddTicks(Math.Max(1, (long)Math.Pow(10, 7 - match.Groups["f"].Value.Length)))
                : match.Groups["s"].Success ? start.AddSeconds(1)
                : match.Groups["mi"].Success ? start.AddMinutes(1)
                : match.Groups["d"].Success ? start.AddDays(1)
                : match.Groups["m"].Success ? start.AddMonths(1)
                : start.AddYears(1);
            return new LastUpdatedCriterion(comparison, start.ToUnixTimeMilliseconds(), Math.Max(end.ToUnixTimeMilliseconds(), start.ToUnixTimeMilliseconds() + 1));
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FhirException($"'{value}' is not a valid date: {ex.Message}", ex);
        }
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static TimeSpan ParseOffset(string zone)
    {
        if (zone.Length == 0 || zone == "Z")
        {
            return TimeSpan.Zero;
        }

        var sign = zone[0] == '-' ? -1 : 1;
        return sign * new TimeSpan(int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture), int.Parse(zone.AsSpan(4, 2), CultureInfo.InvariantCulture), 0);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2})(T(?<h>\d{2}):(?<mi>\d{2})(:(?<s>\d{2})(\.(?<f>\d{1,7}))?)?(?<z>Z|[+-]\d{2}:\d{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
