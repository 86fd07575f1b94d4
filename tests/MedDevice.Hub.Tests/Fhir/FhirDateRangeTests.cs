using MedDevice.Hub.Fhir;
using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Tests.Fhir;

/// <summary>Date search values become exact millisecond ranges by their precision.</summary>
public sealed class FhirDateRangeTests
{
    private static readonly DateTimeOffset Second = new(2026, 11, 25, 0, 42, 3, TimeSpan.Zero);

    [Fact]
    public void Parse_EveryMillisecondOfASecond_IsExactlyThatMillisecond()
    {
        // A fraction read through a double turned e.g. .348 into 347.9999 ms, and `eq` then missed the device stored at .348.
        var wrong = Enumerable.Range(0, 1000)
            .Select(ms => (ms, range: FhirDateRange.Parse($"2026-11-25T00:42:03.{ms:000}Z")))
            .Where(x => x.range.Start != Second.ToUnixTimeMilliseconds() + x.ms || x.range.End != x.range.Start + 1)
            .Select(x => x.ms)
            .ToList();

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")]
    [InlineData("2026-11", "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z")]
    [InlineData("2026-11-25", "2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z")]
    [InlineData("2026-11-25T07:42+07:00", "2026-11-25T00:42:00Z", "2026-11-25T00:43:00Z")]
    [InlineData("2026-11-25T00:42:03Z", "2026-11-25T00:42:03Z", "2026-11-25T00:42:04Z")]
    [InlineData("2026-11-25T00:42:03.5Z", "2026-11-25T00:42:03.5Z", "2026-11-25T00:42:03.6Z")]
    [InlineData("2026-11-25T00:42:03.1234567Z", "2026-11-25T00:42:03.123Z", "2026-11-25T00:42:03.124Z")]
    public void Parse_Precision_GivesTheRange(string value, string start, string end)
    {
        var range = FhirDateRange.Parse(value);

        range.Comparison.ShouldBe(DateComparison.Equal);
        range.Start.ShouldBe(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());
        range.End.ShouldBe(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());
    }

    [Theory]
    [InlineData("gt2026", DateComparison.GreaterThan)]
    [InlineData("ne2026-11", DateComparison.NotEqual)]
    [InlineData("ap2026-11-25", DateComparison.Approximately)]
    public void Parse_Prefix_GivesTheComparison(string value, DateComparison comparison) =>
        FhirDateRange.Parse(value).Comparison.ShouldBe(comparison);
}
