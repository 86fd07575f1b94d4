namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>Renders parsed fields as bracketed HRI, as an element string with <c>^</c> for FNC1, or as HRI lines.</summary>
internal static class Gs1Renderer
{
    /// <summary><c>(01)…(17)…(10)…</c>, with '(' in data written <c>\(</c>.</summary>
    public static string Bracketed(Gs1FieldBuffer fields)
    {
        var length = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            length += fields[i].Ai.Length + 2 + fields[i].Value.Length + fields[i].Value.AsSpan().Count('(');
        }

        return string.Create(length, fields, static (span, f) =>
        {
            var pos = 0;
            for (var i = 0; i < f.Count; i++)
            {
                span[pos++] = '(';
                f[i].Ai.CopyTo(span[pos..]);
                pos += f[i].Ai.Length;
                span[pos++] = ')';
                foreach (var c in f[i].Value)
                {
                    if (c == '(')
                    {
                        span[pos++] = '\\';
                    }

                    span[pos++] = c;
                }
            }
        });
    }

    /// <summary><c>^01…10…^21…</c>: FNC1 first, and after each variable-length value that is not last.</summary>
    public static string ElementString(Gs1FieldBuffer fields)
    {
        var length = 1;
        for (var i = 0; i < fields.Count; i++)
        {
            length += fields[i].Ai.Length + fields[i].Value.Length + (Separated(fields, i) ? 1 : 0);
        }

        return string.Create(length, fields, static (span, f) =>
        {
            span[0] = '^';
            var pos = 1;
            for (var i = 0; i < f.Count; i++)
            {
                f[i].Ai.CopyTo(span[pos..]);
                pos += f[i].Ai.Length;
                f[i].Value.CopyTo(span[pos..]);
                pos += f[i].Value.Length;
                if (Separated(f, i))
                {
                    span[pos++] = '^';
                }
            }
        });
    }

    /// <summary>One line per AI: <c>(01) 0950…</c>, optionally prefixed with the AI title.</summary>
    public static IReadOnlyList<string> HriLines(Gs1FieldBuffer fields, bool withTitles)
    {
        var lines = new List<string>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var line = $"({fields[i].Ai}) {fields[i].Value}";
            lines.Add(withTitles ? $"{fields[i].Entry.Title} {line}" : line);
        }

        return lines;
    }

    private static bool Separated(Gs1FieldBuffer fields, int index) =>
        index < fields.Count - 1 && fields[index].Entry.NeedsSeparator;
}
