using System.Collections.Frozen;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Code-list linters: iso3166, iso3166999, iso3166alpha2, iso4217, iso5218, mediatype, packagetype.</summary>
internal static class Gs1CodeListLinters
{
    private static readonly bool[] Countries = NumericSet(Gs1CodeListData.Iso3166Numeric);
    private static readonly bool[] Currencies = NumericSet(Gs1CodeListData.Iso4217Numeric);
    private static readonly bool[] Media = NumericSet(Gs1CodeListData.MediaTypes);
    private static readonly bool[] Alpha2 = Alpha2Set(Gs1CodeListData.Iso3166Alpha2);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PackageTypes =
        Gs1CodeListData.PackageTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static Gs1LintResult Iso3166(ReadOnlySpan<char> data) =>
        InNumericSet(data, 3, Countries) ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.NotIso3166, data.Length);

    public static Gs1LintResult Iso3166Or999(ReadOnlySpan<char> data) =>
        data is "999" || InNumericSet(data, 3, Countries)
            ? Gs1LintResult.Ok
            : Gs1LintResult.Whole(Gs1LintError.NotIso3166Or999, data.Length);

    public static Gs1LintResult Iso4217(ReadOnlySpan<char> data) =>
        InNumericSet(data, 3, Currencies) ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.NotIso4217, data.Length);

    public static Gs1LintResult MediaType(ReadOnlySpan<char> data) =>
        InNumericSet(data, 2, Media) ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.InvalidMediaType, data.Length);

    /// <summary>ISO/IEC 5218: 0 not known, 1 male, 2 female, 9 not applicable.</summary>
    public static Gs1LintResult Iso5218(ReadOnlySpan<char> data) =>
        data is "0" or "1" or "2" or "9"
            ? Gs1LintResult.Ok
            : Gs1LintResult.Whole(Gs1LintError.InvalidBiologicalSexCode, data.Length);

    public static Gs1LintResult Iso3166Alpha2(ReadOnlySpan<char> data) =>
        IsAlpha2Country(data) ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.NotIso3166Alpha2, data.Length);

    public static Gs1LintResult PackageType(ReadOnlySpan<char> data) =>
        PackageTypes.Contains(data) ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.InvalidPackageType, data.Length);

    /// <summary>True for an ISO 3166-1 alpha-2 code.</summary>
    public static bool IsAlpha2Country(ReadOnlySpan<char> data) =>
        data.Length == 2 && char.IsAsciiLetterUpper(data[0]) && char.IsAsciiLetterUpper(data[1])
        && Alpha2[((data[0] - 'A') * 26) + (data[1] - 'A')];

    private static bool InNumericSet(ReadOnlySpan<char> data, int digits, bool[] set)
    {
        if (data.Length != digits || Gs1CharacterSets.IndexOfNonDigit(data) >= 0)
        {
            return false;
        }

        return set[Gs1DateTimeLinters.Number(data)];
    }

    private static bool[] NumericSet(string codes)
    {
        var set = new bool[1000];
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set[int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)] = true;
        }

        return set;
    }

    private static bool[] Alpha2Set(string codes)
    {
        var set = new bool[26 * 26];
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set[((code[0] - 'A') * 26) + (code[1] - 'A')] = true;
        }

        return set;
    }
}
