using System.Buffers;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Parses a GS1 Digital Link URI: the primary key is found by walking the path backwards from its end (so any
/// stem before it is ignored), path AIs must form a valid key-qualifier sequence, numeric query parameters
/// are AIs, other parameters and the fragment are ignored.
/// </summary>
internal static class Gs1DigitalLinkParser
{
    private static readonly SearchValues<char> UriCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    /// <summary>True when <paramref name="text"/> at <paramref name="start"/> begins with an http(s) scheme in one case.</summary>
    public static bool LooksLikeUri(string text, int start) => SchemeLength(text.AsSpan(start)) > 0;

    /// <summary>Parses the URI at <paramref name="start"/> into <paramref name="fields"/> (path AIs, then query AIs).</summary>
    public static Gs1Problem? Parse(string text, int start, Gs1FieldBuffer fields, Gs1ProcessingOptions options)
    {
        var uri = text.AsSpan(start);
        var bad = uri.IndexOfAnyExcept(UriCharacters);
        if (bad >= 0)
        {
            return Syntax("The URI contains an illegal character.", start + bad);
        }

        var scheme = SchemeLength(uri);
        if (scheme == 0)
        {
            return Syntax("The scheme must be http:// or https://.", start);
        }

        var slash = uri[scheme..].IndexOf('/');
        if (slash < 1)
        {
            return Syntax("The URI must contain a domain and path.", start + scheme);
        }

        var pathStart = scheme + slash;
        var end = uri.IndexOf('#');
        end = end < 0 ? uri.Length : end;
        var queryAt = uri[..end].IndexOf('?');
        var pathEnd = queryAt < 0 ? end : queryAt;

        var problem = ParsePath(text, start + pathStart, start + pathEnd, fields, options);
        if (problem is not null)
        {
            return problem;
        }

        return queryAt < 0 ? null : ParseQuery(text, start + queryAt + 1, start + end, fields, options);
    }

    private static Gs1Problem? ParsePath(string text, int from, int to, Gs1FieldBuffer fields, Gs1ProcessingOptions options)
    {
        // Segment boundaries: starts[i] is the index just after the i-th '/'.
        Span<int> starts = stackalloc int[64];
        var count = 0;
        for (var i = from; i < to && count < starts.Length; i++)
        {
            if (text[i] == '/')
            {
                starts[count++] = i + 1;
            }
        }

        var keyIndex = -1;
        for (var pair = count - 2; pair >= 0; pair -= 2)
        {
            var entry = Lookup(Segment(text, starts, count, pair, to), options);
            if (entry is null)
            {
                break;
            }

            if (entry.IsDigitalLinkKey)
            {
                keyIndex = pair;
                break;
            }
        }

        if (keyIndex < 0)
        {
            return new Gs1Problem(Gs1ErrorCodes.DigitalLinkNoPrimaryKey, "No GS1 Digital Link primary key in the URI path.", from);
        }

        var key = Lookup(Segment(text, starts, count, keyIndex, to), options)!;
        for (var pair = keyIndex; pair < count; pair += 2)
        {
            var entry = Lookup(Segment(text, starts, count, pair, to), options)!;
            var valueStart = starts[pair + 1];
            var problem = AddField(entry, text.AsSpan(valueStart, SegmentEnd(starts, count, pair + 1, to) - valueStart), valueStart, false, fields, options);
            if (problem is not null)
            {
                return problem;
            }
        }

        return ValidQualifiers(key, fields)
            ? null
            : new Gs1Problem(Gs1ErrorCodes.DigitalLinkBadKeyQualifiers, $"The path AIs are not a valid key-qualifier sequence for AI ({key.Ai}).", from);
    }

    private static Gs1Problem? ParseQuery(string text, int from, int to, Gs1FieldBuffer fields, Gs1ProcessingOptions options)
    {
        var pos = from;
        while (pos < to)
        {
            var amp = text.AsSpan(pos, to - pos).IndexOf('&');
            var paramEnd = amp < 0 ? to : pos + amp;
            var param = text.AsSpan(pos, paramEnd - pos);
            var eq = param.IndexOf('=');
            if (eq > 0 && param[..eq].IndexOfAnyExcept(Linting.Gs1CharacterSets.Digits) < 0)
            {
                var entry = Gs1SyntaxDictionary.Instance.Find(param[..eq]);
                if (entry is null)
                {
                    return new Gs1Problem(Gs1ErrorCodes.DigitalLinkUnknownQueryAi, $"Unknown AI ({param[..eq]}) in the query.", pos);
                }

                var problem = AddField(entry, param[(eq + 1)..], pos + eq + 1, true, fields, options);
                if (problem is not null)
                {
                    return problem;
                }
            }

            pos = paramEnd + 1;
        }

        return null;
    }

    private static Gs1Problem? AddField(Gs1AiEntry entry, ReadOnlySpan<char> raw, int position, bool query, Gs1FieldBuffer fields, Gs1ProcessingOptions options)
    {
        var value = Gs1UriEscaping.Unescape(raw, query);
        if (value.Length == 0)
        {
            return new Gs1Problem(Gs1ErrorCodes.ValueTooShort, $"AI ({entry.Ai}) has no value.", position);
        }

        if (entry.Ai == "01" && value.Length is 8 or 12 or 13)
        {
            if (!options.PermitZeroSuppressedGtinInDigitalLink)
            {
                return new Gs1Problem(Gs1ErrorCodes.DigitalLinkZeroSuppressedGtin, "The GTIN must have 14 digits in a Digital Link URI.", position);
            }

            value = value.PadLeft(14, '0');
        }

        if (fields.IndexOf(entry.Ai) >= 0)
        {
            return new Gs1Problem(Gs1ErrorCodes.DigitalLinkDuplicateAi, $"AI ({entry.Ai}) occurs more than once.", position);
        }

        fields.Add(new Gs1Field(entry, value, position));
        return null;
    }

    private static bool ValidQualifiers(Gs1AiEntry key, Gs1FieldBuffer fields)
    {
        if (fields.Count == 1)
        {
            return true;
        }

        foreach (var sequence in key.DigitalLinkQualifiers)
        {
            var next = 0;
            var matched = true;
            for (var i = 1; i < fields.Count && matched; i++)
            {
                while (next < sequence.Length && !string.Equals(sequence[next], fields[i].Ai, StringComparison.Ordinal))
                {
                    next++;
                }

                matched = next < sequence.Length;
                next++;
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
    }

    private static Gs1AiEntry? Lookup(ReadOnlySpan<char> ai, Gs1ProcessingOptions options)
    {
        var entry = Gs1SyntaxDictionary.Instance.Find(ai);
        if (entry is null && options.PermitConvenienceAlphas)
        {
            var code = Gs1DigitalLinkAlphas.ToAi(ai);
            entry = code is null ? null : Gs1SyntaxDictionary.Instance.Find(code);
        }

        return entry;
    }

    private static ReadOnlySpan<char> Segment(string text, Span<int> starts, int count, int index, int to) =>
        text.AsSpan(starts[index], SegmentEnd(starts, count, index, to) - starts[index]);

    private static int SegmentEnd(Span<int> starts, int count, int index, int to) =>
        index + 1 < count ? starts[index + 1] - 1 : to;

    private static int SchemeLength(ReadOnlySpan<char> uri) =>
        uri.StartsWith("https://") || uri.StartsWith("HTTPS://") ? 8
        : uri.StartsWith("http://") || uri.StartsWith("HTTP://") ? 7
        : 0;

    private static Gs1Problem Syntax(string message, int position) => new(Gs1ErrorCodes.DigitalLinkSyntax, message, position);
}
