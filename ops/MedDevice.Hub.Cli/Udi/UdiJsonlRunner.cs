using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Cli.Udi;

/// <summary>
/// The <c>--jsonl</c> loop: each non-blank input line is one JSON string (the raw scan, GS as <c>\u001d</c>);
/// each produces exactly one output line. Blank lines are skipped. A line that is not a JSON string yields a
/// <c>CLI-001</c> failure line and the loop goes on. Lines are streamed; nothing accumulates.
/// </summary>
internal static class UdiJsonlRunner
{
    /// <summary>Runs the loop; returns <see cref="ExitCodes.Ok"/> when every line parsed, otherwise <see cref="ExitCodes.Invalid"/>.</summary>
    public static async Task<int> RunAsync(UdiParser parser, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        using var writer = new UdiJsonLineWriter();
        var allOk = true;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = ReadJsonString(line) is { } text
                ? parser.Parse(text)
                : UdiParseResult.Failure(
                    null,
                    CliErrorCodes.NotAJsonString,
                    string.Create(CultureInfo.InvariantCulture, $"Input line {lineNumber} is not a JSON string."),
                    0);
            allOk &= result.Ok;
            await output.WriteAsync(writer.Format(result)).ConfigureAwait(false);
            await output.WriteAsync('\n').ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return allOk ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static string? ReadJsonString(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
