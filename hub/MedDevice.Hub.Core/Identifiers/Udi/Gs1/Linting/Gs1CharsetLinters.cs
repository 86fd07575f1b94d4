namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Character-set linters: csetnumeric, cset82, cset39, cset64, hasnondigit, importeridx, pcenc.</summary>
internal static class Gs1CharsetLinters
{
    public static Gs1LintResult Numeric(ReadOnlySpan<char> data)
    {
        var bad = data.IndexOfAnyExcept(Gs1CharacterSets.Digits);
        return bad < 0 ? Gs1LintResult.Ok : new(Gs1LintError.NonDigitCharacter, bad, 1);
    }

    public static Gs1LintResult Cset82(ReadOnlySpan<char> data)
    {
        var bad = data.IndexOfAnyExcept(Gs1CharacterSets.Cset82);
        return bad < 0 ? Gs1LintResult.Ok : new(Gs1LintError.InvalidCset82Character, bad, 1);
    }

    public static Gs1LintResult Cset39(ReadOnlySpan<char> data)
    {
        var bad = data.IndexOfAnyExcept(Gs1CharacterSets.Cset39);
        return bad < 0 ? Gs1LintResult.Ok : new(Gs1LintError.InvalidCset39Character, bad, 1);
    }

    /// <summary>base64url with optional '=' padding up to a multiple of three characters.</summary>
    public static Gs1LintResult Cset64(ReadOnlySpan<char> data)
    {
        var len = data.Length;
        var pads = 0;
        while (pads < len && data[len - pads - 1] == '=')
        {
            pads++;
        }

        len -= pads;
        if (pads > 2 || (pads > 0 && (len + pads) % 3 != 0))
        {
            return new(Gs1LintError.InvalidCset64Padding, len, pads);
        }

        var bad = data[..len].IndexOfAnyExcept(Gs1CharacterSets.Cset64);
        return bad < 0 ? Gs1LintResult.Ok : new(Gs1LintError.InvalidCset64Character, bad, 1);
    }

    public static Gs1LintResult HasNonDigit(ReadOnlySpan<char> data) =>
        data.IndexOfAnyExcept(Gs1CharacterSets.Digits) >= 0
            ? Gs1LintResult.Ok
            : Gs1LintResult.Whole(Gs1LintError.RequiresNonDigitCharacter, data.Length);

    public static Gs1LintResult ImporterIdx(ReadOnlySpan<char> data)
    {
        if (data.Length != 1)
        {
            return Gs1LintResult.Whole(Gs1LintError.ImporterIdxMustBeOneCharacter, data.Length);
        }

        return Gs1CharacterSets.ImporterIndex.Contains(data[0])
            ? Gs1LintResult.Ok
            : new(Gs1LintError.InvalidImportIdxCharacter, 0, 1);
    }

    /// <summary>Every '%' must start a "%hh" hex escape.</summary>
    public static Gs1LintResult PercentEncoded(ReadOnlySpan<char> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != '%')
            {
                continue;
            }

            if (i + 2 >= data.Length || !char.IsAsciiHexDigit(data[i + 1]) || !char.IsAsciiHexDigit(data[i + 2]))
            {
                return new(Gs1LintError.InvalidPercentSequence, i, Math.Min(3, data.Length - i));
            }

            i += 2;
        }

        return Gs1LintResult.Ok;
    }
}
