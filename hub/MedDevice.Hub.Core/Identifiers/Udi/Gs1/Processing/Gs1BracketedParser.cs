using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Parses bracketed (HRI) data such as <c>(01)…(10)…</c>, also with braces <c>{01}…</c> as FHIR examples write
/// it; a literal opening bracket in data is escaped with a backslash.
/// </summary>
internal static class Gs1BracketedParser
{
    /// <summary>Parses <paramref name="text"/> from <paramref name="start"/>, which must be an opening bracket.</summary>
    public static Gs1Problem? Parse(string text, int start, Gs1FieldBuffer fields, bool permitUnknownAis)
    {
        if (start >= text.Length || text[start] is not ('(' or '{'))
        {
            return new Gs1Problem(Gs1ErrorCodes.BracketedSyntax, "Bracketed data must start with an (AI).", start);
        }

        var open = text[start];
        var close = open == '(' ? ')' : '}';
        var pos = start;
        while (pos < text.Length)
        {
            if (text[pos] != open)
            {
                return new Gs1Problem(Gs1ErrorCodes.BracketedSyntax, "Expected an (AI).", pos);
            }

            var closeAt = text.IndexOf(close, pos + 1);
            if (closeAt < 0)
            {
                return new Gs1Problem(Gs1ErrorCodes.BracketedSyntax, "Unclosed (AI).", pos);
            }

            var ai = text.AsSpan(pos + 1, closeAt - pos - 1);
            var entry = Gs1SyntaxDictionary.Instance.Find(ai);
            if (entry is null)
            {
                if (!permitUnknownAis || ai.Length is < 2 or > 4 || ai.IndexOfAnyExcept(Linting.Gs1CharacterSets.Digits) >= 0)
                {
                    return new Gs1Problem(Gs1ErrorCodes.UnknownAi, "Unknown application identifier.", pos + 1);
                }

                entry = Gs1AiEntry.Unknown(ai.ToString());
            }

            var valueStart = closeAt + 1;
            var valueEnd = valueStart;
            var escapes = 0;
            while (valueEnd < text.Length && text[valueEnd] != open)
            {
                if (text[valueEnd] == '\\' && valueEnd + 1 < text.Length && text[valueEnd + 1] == open)
                {
                    escapes++;
                    valueEnd++;
                }

                valueEnd++;
            }

            var raw = text.AsSpan(valueStart, valueEnd - valueStart);
            var value = escapes == 0 ? raw.ToString() : Unescape(raw, open);
            fields.Add(new Gs1Field(entry, value, valueStart));
            pos = valueEnd;
        }

        return null;
    }

    private static string Unescape(ReadOnlySpan<char> raw, char open)
    {
        var sb = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && raw[i + 1] == open)
            {
                continue;
            }

            sb.Append(raw[i]);
        }

        return sb.ToString();
    }
}
