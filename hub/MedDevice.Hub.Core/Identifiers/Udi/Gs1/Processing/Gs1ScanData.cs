using System.Text;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Converts between scanner output (AIM symbology identifier + data, GS for FNC1) and GS1 data strings
/// (<c>^</c> for FNC1; plain data whose first character is <c>^</c> is written <c>\^</c>).
/// </summary>
internal static class Gs1ScanData
{
    private const char Gs = '\u001d';

    /// <summary>Reads scan data; returns the symbology name and data string, or null when it is not acceptable.</summary>
    public static (string Symbology, string DataString)? ToDataString(string scan)
    {
        if (scan.Length < 3 || scan[0] != ']')
        {
            return null;
        }

        (string Name, bool Ai)? sym = scan.AsSpan(1, 2) switch
        {
            "C1" => ("GS1_128_CCA", true),
            "E0" => ("EAN13", false),
            "E4" => ("EAN8", false),
            "e0" => ("DataBarExpanded", true),
            "d1" => ("DM", false),
            "d2" => ("DM", true),
            "Q1" => ("QR", false),
            "Q3" => ("QR", true),
            "J0" => ("DotCode", false),
            "J1" => ("DotCode", true),
            _ => null,
        };
        if (sym is not { } s)
        {
            return null;
        }

        var data = scan[3..];
        if (s.Name is "EAN13" or "EAN8")
        {
            var primaryLength = s.Name == "EAN13" ? 13 : 8;
            if (data.Length < primaryLength || !IsDigits(data[..primaryLength]) || !ValidParity(data.AsSpan(0, primaryLength)))
            {
                return null;
            }

            if (data.Length == primaryLength)
            {
                return (s.Name, data);
            }

            if (!data.AsSpan(primaryLength).StartsWith("|]e0"))
            {
                return null;
            }

            var cc = AiData(data[(primaryLength + 4)..]);
            return cc is null ? null : (s.Name, data[..primaryLength] + "|" + cc);
        }

        if (s.Ai)
        {
            var aiData = AiData(data);
            return aiData is null ? null : (s.Name, aiData);
        }

        var plain = (LeadingEscapable(data) ? "\\" : string.Empty) + data;
        if (Gs1DigitalLinkParser.LooksLikeUri(plain, 0))
        {
            var fields = new Gs1FieldBuffer();
            if (Gs1Processor.Process(plain, Gs1ProcessingOptions.SyntaxOnly, fields) is not null)
            {
                return null;
            }
        }

        return (s.Name, plain);
    }

    /// <summary>Writes scan data for <paramref name="symbology"/>, or null when the data does not suit it.</summary>
    public static string? FromDataString(string symbology, string dataString, bool addCheckDigit)
    {
        var bar = dataString.IndexOf('|', StringComparison.Ordinal);
        var linear = bar < 0 ? dataString : dataString[..bar];
        var cc = bar < 0 ? null : dataString[(bar + 1)..];
        var gs1 = linear.StartsWith('^');
        switch (symbology)
        {
            case "QR" or "DM" or "DotCode":
                var id = symbology switch { "QR" => gs1 ? "Q3" : "Q1", "DM" => gs1 ? "d2" : "d1", _ => gs1 ? "J1" : "J0" };
                return "]" + id + ScanCat(gs1 ? linear : dataString);
            case "GS1_128_CCA" or "GS1_128_CCC" when cc is null:
                return gs1 ? "]C1" + ScanCat(linear) : null;
            case "GS1_128_CCA" or "GS1_128_CCC" or "DataBarExpanded":
                if (!gs1 || (cc is not null && !cc.StartsWith('^')))
                {
                    return null;
                }

                var separator = cc is not null && LastAiNeedsSeparator(linear) ? Gs.ToString() : string.Empty;
                return "]e0" + ScanCat(linear) + (cc is null ? string.Empty : separator + ScanCat(cc));
            case "DataBarOmni" or "DataBarTruncated" or "DataBarStacked" or "DataBarStackedOmni" or "DataBarLimited":
                var primary = Primary(linear.StartsWith("^01", StringComparison.Ordinal) ? linear[3..] : linear, 14, addCheckDigit);
                if (primary is null || (symbology == "DataBarLimited" && string.CompareOrdinal(primary, "19999999999999") > 0)
                    || (cc is not null && !cc.StartsWith('^')))
                {
                    return null;
                }

                return "]e001" + primary + (cc is null ? string.Empty : ScanCat(cc));
            case "EAN13" or "EAN8" or "UPCA" or "UPCE":
                var length = symbology switch { "EAN13" => 13, "EAN8" => 8, _ => 12 };
                var zeros = 17 - length;
                var digits = linear.StartsWith("^01000000"[..zeros], StringComparison.Ordinal) ? linear[zeros..] : linear;
                var checkedPrimary = Primary(digits, length, addCheckDigit);
                if (checkedPrimary is null || (cc is not null && !cc.StartsWith('^')))
                {
                    return null;
                }

                var head = "]" + (symbology == "EAN8" ? "E4" : "E0") + (length == 12 ? "0" : string.Empty) + checkedPrimary;
                return head + (cc is null ? string.Empty : "|]e0" + ScanCat(cc));
            default:
                return null;
        }
    }

    private static string? AiData(string data)
    {
        if (data.Contains('^', StringComparison.Ordinal))
        {
            return null;
        }

        var dataString = "^" + data.Replace(Gs, '^');
        var fields = new Gs1FieldBuffer();
        return Gs1Processor.Process(dataString, Gs1ProcessingOptions.SyntaxOnly, fields) is null ? dataString : null;
    }

    private static string ScanCat(string data)
    {
        if (data.StartsWith('^'))
        {
            return data[1..].TrimEnd('^').Replace('^', Gs);
        }

        return data.StartsWith('\\') && LeadingEscapable(data) ? data[1..] : data;
    }

    /// <summary>True when the text starts with zero or more backslashes followed by '^'.</summary>
    private static bool LeadingEscapable(string data)
    {
        var i = 0;
        while (i < data.Length && data[i] == '\\')
        {
            i++;
        }

        return i < data.Length && data[i] == '^';
    }

    private static bool LastAiNeedsSeparator(string linear)
    {
        var fields = new Gs1FieldBuffer();
        Gs1ElementStringParser.Parse(linear, 1, fields, permitUnknownAis: false);
        return fields.Count > 0 && fields[fields.Count - 1].Entry.NeedsSeparator;
    }

    private static string? Primary(string digits, int length, bool addCheckDigit)
    {
        if (digits.Length != (addCheckDigit ? length - 1 : length) || !IsDigits(digits))
        {
            return null;
        }

        if (addCheckDigit)
        {
            return digits + (char)('0' + Linting.Gs1CheckLinters.ComputeMod10(digits));
        }

        return ValidParity(digits) ? digits : null;
    }

    private static bool ValidParity(ReadOnlySpan<char> digits) =>
        Linting.Gs1CheckLinters.ComputeMod10(digits[..^1]) == digits[^1] - '0';

    private static bool IsDigits(string s) => s.Length > 0 && s.AsSpan().IndexOfAnyExcept(Linting.Gs1CharacterSets.Digits) < 0;

    private static bool IsDigits(ReadOnlySpan<char> s) => s.Length > 0 && s.IndexOfAnyExcept(Linting.Gs1CharacterSets.Digits) < 0;
}
