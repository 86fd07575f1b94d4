using System.Globalization;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

/// <summary>Reads the text of the GS1 Barcode Syntax Dictionary into AI entries (ranges expanded).</summary>
internal static class Gs1SyntaxDictionaryReader
{
    private static readonly System.Buffers.SearchValues<char> FlagCharacters =
        System.Buffers.SearchValues.Create("*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~");

    /// <summary>Parses every non-comment line.</summary>
    public static List<Gs1AiEntry> Read(string text)
    {
        var entries = new List<Gs1AiEntry>(600);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            ReadLine(line, entries);
        }

        return entries;
    }

    private static void ReadLine(string line, List<Gs1AiEntry> entries)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var title = hash >= 0 ? line[(hash + 1)..].Trim() : string.Empty;
        var body = hash >= 0 ? line[..hash] : line;
        var tokens = body.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
        {
            return;
        }

        var index = 1;
        var flags = string.Empty;
        if (tokens[1].AsSpan().IndexOfAnyExcept(FlagCharacters) < 0)
        {
            flags = tokens[1];
            index = 2;
        }

        var components = new List<Gs1Component>();
        var requires = new List<Gs1AiPattern[][]>();
        var excludes = new List<Gs1AiPattern>();
        var isKey = false;
        var qualifiers = new List<string[]>();
        for (; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.StartsWith("req=", StringComparison.Ordinal))
            {
                requires.Add([.. token[4..].Split(',').Select(alt => alt.Split('+').Select(p => new Gs1AiPattern(p)).ToArray())]);
            }
            else if (token.StartsWith("ex=", StringComparison.Ordinal))
            {
                excludes.AddRange(token[3..].Split(',').Select(p => new Gs1AiPattern(p)));
            }
            else if (token == "dlpkey")
            {
                isKey = true;
            }
            else if (token.StartsWith("dlpkey=", StringComparison.Ordinal))
            {
                isKey = true;
                qualifiers.AddRange(token[7..].Split('|').Select(seq => seq.Split(',')));
            }
            else if (token.Length > 0 && (token[0] is 'N' or 'X' or 'Y' or 'Z' or '['))
            {
                components.Add(ReadComponent(token));
            }
        }

        var min = components.Where(c => !c.Optional).Sum(c => c.MinLength);
        var max = components.Sum(c => c.MaxLength);
        foreach (var ai in ExpandRange(tokens[0]))
        {
            entries.Add(new Gs1AiEntry
            {
                Ai = ai,
                PredefinedLength = flags.Contains('*', StringComparison.Ordinal),
                DigitalLinkAttribute = flags.Contains('?', StringComparison.Ordinal),
                Components = [.. components],
                MinLength = min,
                MaxLength = max,
                Requires = [.. requires],
                Excludes = [.. excludes],
                IsDigitalLinkKey = isKey,
                DigitalLinkQualifiers = [.. qualifiers],
                Title = title,
            });
        }
    }

    private static Gs1Component ReadComponent(string token)
    {
        var optional = token[0] == '[';
        var parts = token.Replace("[", string.Empty, StringComparison.Ordinal)
            .Replace("]", string.Empty, StringComparison.Ordinal)
            .Split(',');
        var format = parts[0];
        var type = format[0];
        var lengths = format[1..];
        int min;
        int max;
        var dots = lengths.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            min = max = int.Parse(lengths, CultureInfo.InvariantCulture);
        }
        else
        {
            min = dots == 0 ? 1 : int.Parse(lengths[..dots], CultureInfo.InvariantCulture);
            max = int.Parse(lengths[(dots + 2)..], CultureInfo.InvariantCulture);
        }

        var linters = parts.Skip(1).Select(Gs1Linters.FromName).Where(l => l != Gs1Linter.None).ToArray();
        return new Gs1Component(type, min, max, optional, linters);
    }

    private static IEnumerable<string> ExpandRange(string ais)
    {
        var dash = ais.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            yield return ais;
            yield break;
        }

        var first = ais[..dash];
        var from = int.Parse(first, CultureInfo.InvariantCulture);
        var to = int.Parse(ais[(dash + 1)..], CultureInfo.InvariantCulture);
        for (var ai = from; ai <= to; ai++)
        {
            yield return ai.ToString(CultureInfo.InvariantCulture).PadLeft(first.Length, '0');
        }
    }
}
