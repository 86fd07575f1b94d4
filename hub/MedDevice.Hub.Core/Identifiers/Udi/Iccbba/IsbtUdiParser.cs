using System.Globalization;

namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>
/// Parses concatenated ISBT 128 data structures (<c>=/…=,…=A…=>…=}…&amp;,1…</c>), each a data identifier followed
/// by fixed-length content, after an optional AIM symbology identifier (<c>]C0</c>, <c>]C4</c>, …).
/// </summary>
internal static class IsbtUdiParser
{
    public static UdiParseResult Parse(string text, UdiParserOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        _ = today; // ISBT 128 dates carry their century.

        var start = text.Length >= 3 && text[0] == ']' ? 3 : 0;
        var result = new IsbtResultBuilder(options.Lenient);
        if (start >= text.Length)
        {
            result.Error(IsbtErrorCodes.Truncated, "No ISBT 128 data structure follows the symbology identifier.", start);
        }

        var compoundAt = -1;
        var compoundIndex = 0;
        var compoundCount = 0;
        for (var position = start; position < text.Length;)
        {
            var elementIndex = result.ElementCount;
            var next = ReadStructure(text, position, result, out var isCompoundHeader);
            if (next < 0)
            {
                break;
            }

            if (isCompoundHeader)
            {
                compoundAt = position;
                compoundIndex = elementIndex;
                compoundCount = int.Parse(text.AsSpan(next - 5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            position = next;
        }

        var following = result.ElementCount - compoundIndex - 1;
        if (compoundAt >= 0 && following != compoundCount)
        {
            result.Error(
                IsbtErrorCodes.CompoundMessageCount,
                $"The compound message announces {compoundCount} data structures but {following} follow.",
                compoundAt);
        }

        return result.Build(start == 0 ? text : text[start..]);
    }

    /// <summary>Reads the data structure at <paramref name="position"/>; returns the next position, or -1 to stop.</summary>
    private static int ReadStructure(string text, int position, IsbtResultBuilder result, out bool isCompoundHeader)
    {
        isCompoundHeader = false;
        if (text[position] is not ('=' or '&'))
        {
            result.Error(IsbtErrorCodes.DataIdentifierExpected, "An ISBT 128 data identifier starts with '=' or '&'.", position);
            return -1;
        }

        if (IsbtDataStructures.Identify(text, position, out var contentStart) is not { } structure)
        {
            result.Error(IsbtErrorCodes.UnknownDataIdentifier, "Unknown or unsupported ISBT 128 data identifier.", position);
            return -1;
        }

        var limit = Math.Min(contentStart + structure.Length, text.Length);
        var end = contentStart;
        while (end < limit && IsContentCharacter(text[end], structure.AllowsLowercase))
        {
            end++;
        }

        if (end < contentStart + structure.Length)
        {
            if (end == text.Length)
            {
                result.Error(IsbtErrorCodes.Truncated, $"Data structure {structure.Id} needs {structure.Length} characters.", end);
                return -1;
            }

            if (text[end] is not ('=' or '&') || end == contentStart)
            {
                result.Error(IsbtErrorCodes.InvalidCharacter, "Invalid character in ISBT 128 data content.", end);
                return -1;
            }

            result.LenientFailure(
                IsbtErrorCodes.ShortDataStructure,
                $"Data structure {structure.Id} needs {structure.Length} characters but the next data identifier starts after {end - contentStart}.",
                end);
        }

        var value = text.Substring(contentStart, end - contentStart);
        result.Add(structure.Id, value);
        isCompoundHeader = structure.Kind == IsbtContentKind.CompoundHeader && value.Length == structure.Length
            && !value.AsSpan().ContainsAnyExceptInRange('0', '9');
        if (structure.Kind == IsbtContentKind.CompoundHeader && !isCompoundHeader)
        {
            result.Error(IsbtErrorCodes.InvalidCharacter, "A compound message header is five digits.", contentStart);
        }

        IsbtContentMapper.Apply(structure, value, contentStart, result);
        return end;
    }

    private static bool IsContentCharacter(char c, bool allowsLowercase) =>
        char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || (allowsLowercase && char.IsAsciiLetterLower(c));
}
