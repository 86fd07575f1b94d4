using System.Globalization;
using System.Text;
using MedDevice.Hub.Core.Identifiers.Udi;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Core.Tests.Udi;

/// <summary>
/// Seeded fuzzing of the UDI dispatcher: random and mutated strings never make the parser throw, and every
/// refusal carries a code and a position inside the input.
/// </summary>
public sealed class UdiParserFuzzTests
{
    private const int Cases = 20_000;

    [Theory]
    [InlineData(20251124, false)]
    [InlineData(77, true)]
    public void Parse_RandomAndMutatedInputs_NeverThrowsAndReportsCodedPositions(int seed, bool lenient)
    {
        var inputs = new UdiFuzzInputs(seed);
        var parser = new UdiParser(new UdiParserOptions { Lenient = lenient }, new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero)));
        var failures = new List<string>();
        var refused = 0;

        for (var i = 0; i < Cases / 2 && failures.Count < 20; i++)
        {
            var text = inputs.Next();
            var problem = Examine(parser, text, ref refused);
            if (problem is not null)
            {
                failures.Add($"{problem} for \"{Escape(text)}\"");
            }
        }

        inputs.SeedCount.ShouldBeGreaterThan(100, "the shared vectors should seed the fuzzer");
        refused.ShouldBeGreaterThan(0, "a fuzzer that never hits a refusal is not exercising the parser");
        failures.ShouldBeEmpty();
    }

    private static string? Examine(UdiParser parser, string text, ref int refused)
    {
        UdiParseResult result;
        try
        {
            result = parser.Parse(text);
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }

        if (!result.Ok)
        {
            refused++;
        }

        foreach (var issue in result.Errors.Concat(result.Warnings))
        {
            if (string.IsNullOrWhiteSpace(issue.Code))
            {
                return "issue without a code";
            }

            if (issue.Position < 0 || issue.Position > text.Length)
            {
                return $"{issue.Code} at position {issue.Position} outside [0, {text.Length}]";
            }
        }

        return null;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return escaped.ToString();
    }
}
