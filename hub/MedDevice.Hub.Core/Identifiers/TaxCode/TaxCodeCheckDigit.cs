namespace MedDevice.Hub.Core.Identifiers.TaxCode;

/// <summary>
/// The tax code check digit. With r = (Σ Ni·Wi, i = 1..9) mod 11 and W = 31, 29, 23, 19, 17, 13, 7, 5, 3:
/// N10 = 10 − r. So remainder 10 gives check digit 0, and remainder 0 would need "10", which is not a digit:
/// such a nine-digit prefix cannot carry a valid code. Checked against published codes, see the tests
/// (e.g. Viettel 0100109106: r = 4, N10 = 6; 0200748730: r = 10, N10 = 0).
/// </summary>
public static class TaxCodeCheckDigit
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>Number of digits the check digit is computed over.</summary>
    public const int PrefixLength = 9;

    /// <summary>Computes the check digit of nine ASCII digits, or null when the remainder is 0 (no valid code).</summary>
    public static int? Compute(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != PrefixLength || nineDigits.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Nine ASCII digits expected.", nameof(nineDigits));
        }

        var sum = 0;
        for (var i = 0; i < PrefixLength; i++)
        {
            sum += (nineDigits[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        return remainder == 0 ? null : 10 - remainder;
    }
}
