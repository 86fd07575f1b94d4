using System.Buffers;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>The GS1 character sets (GS1 General Specifications, figures 7.11-1 to 7.11-3).</summary>
internal static class Gs1CharacterSets
{
    /// <summary>CSET 82 in check-character-pair weight order.</summary>
    public const string Cset82Ordered = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    /// <summary>CSET 32 in weight order (check character pairs).</summary>
    public const string Cset32Ordered = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>CSET 82 membership.</summary>
    public static readonly SearchValues<char> Cset82 = SearchValues.Create(Cset82Ordered);

    /// <summary>CSET 39 membership.</summary>
    public static readonly SearchValues<char> Cset39 = SearchValues.Create("#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>CSET 64 (base64url) membership, padding excluded.</summary>
    public static readonly SearchValues<char> Cset64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Digits.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>Importer index characters (EU 2018/574).</summary>
    public static readonly SearchValues<char> ImporterIndex =
        SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>True for an ASCII digit.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Index of the first non-digit, or -1.</summary>
    public static int IndexOfNonDigit(ReadOnlySpan<char> data) => data.IndexOfAnyExcept(Digits);
}
