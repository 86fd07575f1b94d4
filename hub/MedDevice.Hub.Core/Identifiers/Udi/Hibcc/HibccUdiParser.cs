namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>
/// Parses HIBC LIC data: a primary <c>+LIC PCN UOM</c>, optionally with secondary data either in the same
/// symbol after '/' (2D, one trailing check character) or in separate linear symbols that start with '+' and end
/// with a link character (the primary's check character) and their own check character. An AIM symbology
/// identifier (<c>]zB</c>, <c>]d1</c>, …) and Code 39 HRI asterisks around the data are skipped.
/// </summary>
internal static class HibccUdiParser
{
    public static UdiParseResult Parse(string text, UdiParserOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);

        var (start, end) = LocateData(text);
        if (start >= end || text[start] != '+')
        {
            return UdiParseResult.Failure(UdiIssuer.Hibcc, HibccErrorCodes.NotHibcc, "HIBC data starts with '+'.", start);
        }

        for (var i = start; i < end; i++)
        {
            if (HibccCheckCharacter.ValueOf(text[i]) < 0)
            {
                return UdiParseResult.Failure(
                    UdiIssuer.Hibcc, HibccErrorCodes.InvalidCharacter, "Invalid HIBC character (allowed: 0-9 A-Z - . space $ / + %).", i);
            }
        }

        var result = new HibccResultBuilder(options.Lenient);
        var reader = new HibccSecondaryReader(text, result, today);
        var alnumEnd = start + 1;
        while (alnumEnd < end && char.IsAsciiLetterOrDigit(text[alnumEnd]))
        {
            alnumEnd++;
        }

        if (alnumEnd < end - 1 && text[alnumEnd] == '/' && text[alnumEnd + 1] != '+')
        {
            // 2D (or concatenated): primary '/' secondary fields, one check character over everything.
            ReadPrimary(text, start + 1, alnumEnd, result);
            VerifyCheck(text, start, end, result);
            reader.ReadFields(alnumEnd + 1, end - 1);
        }
        else
        {
            ReadLinear(text, start, alnumEnd, end, result, reader);
        }

        var hri = start == 0 && end == text.Length ? text : text[start..end];
        return result.Build(hri);
    }

    private static void ReadLinear(string text, int start, int alnumEnd, int end, HibccResultBuilder result, HibccSecondaryReader reader)
    {
        var check = HibccSymbolSplitter.FindPrimaryCheck(text, start, alnumEnd, end);
        if (check < 0)
        {
            result.Error(HibccErrorCodes.Truncated, "The primary data is too short (+, 4-character labeler, product, unit of measure, check character).", end);
            return;
        }

        ReadPrimary(text, start + 1, check, result);
        VerifyCheck(text, start, check + 1, result);
        if (check + 1 == end)
        {
            return;
        }

        if (text[check + 1] != '+')
        {
            result.Error(HibccErrorCodes.UnexpectedData, "Only a secondary symbol starting with '+' may follow the primary symbol.", check + 1);
            return;
        }

        var link = text[check];
        foreach (var symbol in HibccSymbolSplitter.SplitSecondaries(text, check + 1, end, link))
        {
            var (s, e) = (symbol.Start.Value, symbol.End.Value);
            if (e - s < HibccSymbolSplitter.MinSecondaryLength)
            {
                result.Error(HibccErrorCodes.Truncated, "A secondary symbol needs data, a link character and a check character.", s);
                continue;
            }

            VerifyCheck(text, s, e, result);
            if (text[e - 2] != link)
            {
                result.Error(
                    HibccErrorCodes.LinkCharacterMismatch,
                    $"Link character did not match: expected '{link}' (the primary check character) but got '{text[e - 2]}'.",
                    e - 2);
            }

            reader.ReadFields(s + 1, e - 2);
        }
    }

    /// <summary>Reads <c>LIC PCN UOM</c> from <c>text[from..to)</c> (after '+', before '/' or the check character).</summary>
    private static void ReadPrimary(string text, int from, int to, HibccResultBuilder result)
    {
        var length = to - from;
        if (length < 6)
        {
            result.Error(HibccErrorCodes.Truncated, "The primary data needs a 4-character labeler, a product number and a unit of measure.", from);
            return;
        }

        if (!char.IsAsciiLetter(text[from]))
        {
            result.Error(HibccErrorCodes.InvalidLabeler, "The labeler identification code starts with a letter.", from);
        }

        if (length - 5 > 18)
        {
            result.Error(HibccErrorCodes.InvalidProduct, "The product or catalog number has at most 18 characters.", from + 4);
        }

        if (!char.IsAsciiDigit(text[to - 1]))
        {
            result.Error(HibccErrorCodes.InvalidUnitOfMeasure, "The unit of measure is one digit.", to - 1);
        }

        result.Add(HibccElementIds.Labeler, text.Substring(from, 4));
        result.Add(HibccElementIds.Product, text.Substring(from + 4, length - 5));
        result.Add(HibccElementIds.UnitOfMeasure, text.Substring(to - 1, 1));
        result.SetDi(text.Substring(from, length));
    }

    /// <summary>Verifies the check character at <c>end - 1</c> over <c>text[start..end-1)</c>.</summary>
    private static void VerifyCheck(string text, int start, int end, HibccResultBuilder result)
    {
        if (end - start < 2)
        {
            result.Error(HibccErrorCodes.Truncated, "The check character is missing.", end);
            return;
        }

        var expected = HibccCheckCharacter.Compute(text.AsSpan(start, end - 1 - start));
        if (expected != text[end - 1])
        {
            result.CheckFailure(
                HibccErrorCodes.CheckCharacterMismatch,
                $"Check character did not match: expected '{expected}' but got '{text[end - 1]}'.",
                end - 1);
        }
    }

    /// <summary>Skips an AIM symbology identifier (<c>]</c> + 2 characters) and Code 39 HRI asterisks.</summary>
    private static (int Start, int End) LocateData(string text)
    {
        var start = text.Length >= 3 && text[0] == ']' ? 3 : 0;
        var end = text.Length;
        if (end - start >= 2 && text[start] == '*' && text[end - 1] == '*')
        {
            start++;
            end--;
        }

        return (start, end);
    }
}
