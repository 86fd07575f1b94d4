using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Sandbox.Data.Registry;

/// <summary>
/// Deliberately bad rows for error-report tests: data row <c>r</c> (1-based) is bad when <c>r % badEvery == 0</c>, and
/// the kinds rotate through one problem each (GS1 check digit, registration form, tax code check digit, risk class
/// against the form, missing name, unreadable row, HIBCC labeler, unknown risk class).
/// </summary>
public static class SyntheticBadRows
{
    /// <summary>How many kinds of bad row rotate.</summary>
    public const int KindCount = 8;

    /// <summary>The kind that makes the row unreadable (truncated JSON, missing CSV fields).</summary>
    public const int MalformedKind = 5;

    /// <summary>True when data row <paramref name="row"/> (1-based) is to be bad.</summary>
    public static bool IsBad(long row, int badEvery) => badEvery > 0 && row % badEvery == 0;

    /// <summary>The kind of bad row <paramref name="row"/> gets.</summary>
    public static int KindOf(long row, int badEvery) => (int)(row / Math.Max(1, badEvery) % KindCount);

    /// <summary>Spoils <paramref name="entry"/> in the way <paramref name="kind"/> says (not for <see cref="MalformedKind"/>).</summary>
    public static RegistryEntry Spoil(RegistryEntry entry, int kind)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return kind switch
        {
            0 => entry with { UdiDi = WrongGtin(), UdiIssuer = "GS1" },
            1 => entry with { RegistrationNumber = "SLH-2024/0001-XYZ" },
            2 => entry with { HolderTaxCode = WrongCheckDigit(entry.HolderTaxCode!) },
            3 => entry with { RegistrationNumber = "240012345/PCBA-HCM", RiskClass = "D" },
            4 => entry with { DeviceName = null },
            6 => entry with { UdiDi = "1ABCPRODUCT1", UdiIssuer = "HIBCC" },
            7 => entry with { RiskClass = "E" },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an entry-level kind."),
        };
    }

    // 08717648200274 is a valid GTIN-14; its check digit + 1 is not.
    private static string WrongGtin() => "08717648200275";

    private static string WrongCheckDigit(string taxCode) =>
        string.Concat(taxCode.AsSpan(0, 9), ((char)('0' + ((taxCode[9] - '0' + 1) % 10))).ToString());
}
