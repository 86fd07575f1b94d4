namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>
/// The HIBC LIC check character: the sum of the Code 39 values of all characters (including the leading '+')
/// modulo 43, written as the character with that value.
/// </summary>
public static class HibccCheckCharacter
{
    /// <summary>The 43 characters in value order (0–42).</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    /// <summary>The Code 39 value of a character, or -1 when it is outside the alphabet.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        '-' => 36,
        '.' => 37,
        ' ' => 38,
        '$' => 39,
        '/' => 40,
        '+' => 41,
        '%' => 42,
        _ => -1,
    };

    /// <summary>Computes the check character of <paramref name="data"/> (everything before the check character).</summary>
    /// <exception cref="ArgumentException">A character is outside <see cref="Alphabet"/>.</exception>
    public static char Compute(ReadOnlySpan<char> data)
    {
        var sum = 0;
        foreach (var c in data)
        {
            var value = ValueOf(c);
            if (value < 0)
            {
                throw new ArgumentException("The data contains a character outside the HIBC alphabet.", nameof(data));
            }

            sum += value;
        }

        return Alphabet[sum % 43];
    }

    /// <summary>True when the last character of <paramref name="symbol"/> is the check character of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<char> symbol)
    {
        if (symbol.Length < 2)
        {
            return false;
        }

        foreach (var c in symbol)
        {
            if (ValueOf(c) < 0)
            {
                return false;
            }
        }

        return Compute(symbol[..^1]) == symbol[^1];
    }
}
