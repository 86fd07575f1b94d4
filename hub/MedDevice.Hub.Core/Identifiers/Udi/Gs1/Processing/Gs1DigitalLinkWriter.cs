using System.Text;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Writes the canonical GS1 Digital Link URI: path = first primary key and its present key qualifiers in
/// dictionary order; query = the other AIs, predefined-length AIs first, each group in input order.
/// </summary>
internal static class Gs1DigitalLinkWriter
{
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>The default GS1 resolver stem.</summary>
    public const string CanonicalStem = "https://id.gs1.org";

    /// <summary>True when some AI can be a Digital Link primary key.</summary>
    public static bool HasPrimaryKey(Gs1FieldBuffer fields) => KeyIndex(fields) >= 0;

    /// <summary>Builds the URI on <paramref name="stem"/>, or returns a problem when the AIs cannot be expressed.</summary>
    public static Gs1Problem? Write(Gs1FieldBuffer fields, string? stem, Gs1ProcessingOptions options, out string? uri)
    {
        uri = null;
        var keyIndex = KeyIndex(fields);
        if (keyIndex < 0)
        {
            return NotRepresentable("No AI can be a Digital Link primary key.");
        }

        var key = fields[keyIndex].Entry;
        var sequence = ChooseQualifiers(key, fields);
        var sb = _builder ?? new StringBuilder(128);
        _builder = null;
        sb.Clear();
        sb.Append((stem ?? CanonicalStem).TrimEnd('/'));
        AppendPath(sb, fields[keyIndex]);
        foreach (var qualifier in sequence)
        {
            var at = fields.IndexOf(qualifier);
            if (at >= 0)
            {
                AppendPath(sb, fields[at]);
            }
        }

        var separator = '?';
        foreach (var predefinedFirst in (ReadOnlySpan<bool>)[true, false])
        {
            for (var i = 0; i < fields.Count; i++)
            {
                ref readonly var field = ref fields[i];
                if (field.Entry.PredefinedLength != predefinedFirst || InPath(field.Ai, key, sequence) || SeenBefore(fields, i))
                {
                    continue;
                }

                if (IsQualifier(key, field.Ai))
                {
                    return NotRepresentable($"AI ({field.Ai}) is a key qualifier that cannot be placed in the path.");
                }

                if (field.Entry.IsUnknown ? options.UnknownAiNotDigitalLinkAttribute : !field.Entry.DigitalLinkAttribute)
                {
                    return NotRepresentable($"AI ({field.Ai}) is not a Digital Link data attribute.");
                }

                sb.Append(separator).Append(field.Ai).Append('=');
                Gs1UriEscaping.Append(sb, field.Value, query: true);
                separator = '&';
            }
        }

        uri = sb.ToString();
        _builder = sb;
        return null;
    }

    private static int KeyIndex(Gs1FieldBuffer fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Entry.IsDigitalLinkKey)
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] ChooseQualifiers(Gs1AiEntry key, Gs1FieldBuffer fields)
    {
        string[] best = [];
        var bestCount = -1;
        foreach (var sequence in key.DigitalLinkQualifiers)
        {
            var count = 0;
            foreach (var ai in sequence)
            {
                count += fields.IndexOf(ai) >= 0 ? 1 : 0;
            }

            if (count > bestCount)
            {
                best = sequence;
                bestCount = count;
            }
        }

        return best;
    }

    private static bool InPath(string ai, Gs1AiEntry key, string[] sequence) =>
        string.Equals(ai, key.Ai, StringComparison.Ordinal) || Array.IndexOf(sequence, ai) >= 0;

    private static bool IsQualifier(Gs1AiEntry key, string ai)
    {
        foreach (var sequence in key.DigitalLinkQualifiers)
        {
            if (Array.IndexOf(sequence, ai) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SeenBefore(Gs1FieldBuffer fields, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(fields[i].Ai, fields[index].Ai, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendPath(StringBuilder sb, in Gs1Field field)
    {
        sb.Append('/').Append(field.Ai).Append('/');
        Gs1UriEscaping.Append(sb, field.Value, query: false);
    }

    private static Gs1Problem NotRepresentable(string message) => new(Gs1ErrorCodes.DigitalLinkNotRepresentable, message, 0);
}
