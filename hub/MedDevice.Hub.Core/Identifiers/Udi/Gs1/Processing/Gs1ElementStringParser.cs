using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Splits an element string into AIs. FNC1 may be written <c>^</c>, GS (0x1D) or <c>è</c> (keyboard-wedge
/// scanners); AIs of predefined length ("*") take exactly their length, others run to the next FNC1.
/// </summary>
internal static class Gs1ElementStringParser
{
    /// <summary>True for a character that stands for FNC1.</summary>
    public static bool IsFnc1(char c) => c is '^' or '\u001d' or '\u00e8';

    /// <summary>Parses <paramref name="text"/> from <paramref name="start"/> (just after any leading FNC1).</summary>
    public static Gs1Problem? Parse(string text, int start, Gs1FieldBuffer fields, bool permitUnknownAis)
    {
        _ = permitUnknownAis;
        var dictionary = Gs1SyntaxDictionary.Instance;
        var pos = start;
        var afterPredefined = false;
        while (pos < text.Length)
        {
            if (IsFnc1(text[pos]))
            {
                if (!afterPredefined)
                {
                    return new Gs1Problem(Gs1ErrorCodes.MisplacedFnc1, "Unexpected FNC1 separator.", pos);
                }

                afterPredefined = false;
                pos++;
                continue;
            }

            var entry = dictionary.FindPrefix(text.AsSpan(pos));
            if (entry is null)
            {
                return new Gs1Problem(Gs1ErrorCodes.UnknownAi, "Unknown or malformed application identifier.", pos);
            }

            var valueStart = pos + entry.Ai.Length;
            int valueEnd;
            if (entry.PredefinedLength)
            {
                valueEnd = valueStart + entry.MaxLength;
                if (valueEnd > text.Length)
                {
                    return new Gs1Problem(Gs1ErrorCodes.ValueTooShort, $"AI ({entry.Ai}) value is too short.", valueStart);
                }

                if (text.AsSpan(valueStart, entry.MaxLength).IndexOfAny('^', '\u001d') >= 0)
                {
                    return new Gs1Problem(Gs1ErrorCodes.ValueTooShort, $"AI ({entry.Ai}) value is too short.", valueStart);
                }

                pos = valueEnd;
                afterPredefined = true;
            }
            else
            {
                valueEnd = valueStart;
                while (valueEnd < text.Length && !IsFnc1(text[valueEnd]))
                {
                    valueEnd++;
                }

                pos = valueEnd < text.Length ? valueEnd + 1 : valueEnd;
                afterPredefined = false;
            }

            fields.Add(new Gs1Field(entry, text.Substring(valueStart, valueEnd - valueStart), valueStart));
        }

        return fields.Count == 0 ? new Gs1Problem(Gs1ErrorCodes.Empty, "No AI data.", start) : null;
    }
}
