namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Check-character and key-prefix linters: csum, csumalpha, gcppos1, gcppos2, iban.</summary>
internal static class Gs1CheckLinters
{
    /// <summary>Shortest GS1 Company Prefix.</summary>
    private const int GcpMinLength = 4;

    private const int IbanMaxLength = 34;

    private const int IbanMinLength = 10;

    // The first 97 primes: weights for the alphanumeric check character pair (longest AI value is 99).
    private static readonly int[] Primes =
    [
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103,
        107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223,
        227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311, 313, 317, 331, 337, 347,
        349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421, 431, 433, 439, 443, 449, 457, 461, 463,
        467, 479, 487, 491, 499, 503, 509,
    ];

    /// <summary>GS1 mod-10 check digit over all digits of <paramref name="digits"/> (the payload without check digit).</summary>
    public static int ComputeMod10(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var weight = 3;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            sum += weight * (digits[i] - '0');
            weight = 4 - weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The last digit is the GS1 mod-10 check digit of the others.</summary>
    public static Gs1LintResult Csum(ReadOnlySpan<char> data)
    {
        if (data.IsEmpty)
        {
            return Gs1LintResult.Whole(Gs1LintError.TooShortForCheckDigit, 0);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        return ComputeMod10(data[..^1]) == data[^1] - '0'
            ? Gs1LintResult.Ok
            : new(Gs1LintError.IncorrectCheckDigit, data.Length - 1, 1);
    }

    /// <summary>The last two characters are the GS1 alphanumeric check character pair of the others.</summary>
    public static Gs1LintResult CsumAlpha(ReadOnlySpan<char> data)
    {
        var len = data.Length;
        if (len < 2)
        {
            return Gs1LintResult.Whole(Gs1LintError.TooShortForCheckPair, len);
        }

        if (len - 2 > Primes.Length)
        {
            return Gs1LintResult.Whole(Gs1LintError.TooLongForCheckPairImplementation, len);
        }

        var payload = data[..^2];
        var bad = payload.IndexOfAnyExcept(Gs1CharacterSets.Cset82);
        if (bad >= 0)
        {
            return new(Gs1LintError.InvalidCset82Character, bad, 1);
        }

        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            sum += Gs1CharacterSets.Cset82Ordered.IndexOf(payload[i], StringComparison.Ordinal) * Primes[payload.Length - 1 - i];
        }

        sum %= 1021;
        return data[^2] == Gs1CharacterSets.Cset32Ordered[sum >> 5] && data[^1] == Gs1CharacterSets.Cset32Ordered[sum & 31]
            ? Gs1LintResult.Ok
            : new(Gs1LintError.IncorrectCheckPair, len - 2, 2);
    }

    /// <summary>The data starts with a (minimum length, all numeric) GS1 Company Prefix.</summary>
    public static Gs1LintResult GcpPos1(ReadOnlySpan<char> data)
    {
        if (data.Length < GcpMinLength)
        {
            return Gs1LintResult.Whole(Gs1LintError.TooShortForGcp, data.Length);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data[..GcpMinLength]);
        return bad < 0 ? Gs1LintResult.Ok : new(Gs1LintError.InvalidGcpPrefix, bad, 1);
    }

    /// <summary>A GS1 Company Prefix follows the first character (indicator digit or extension).</summary>
    public static Gs1LintResult GcpPos2(ReadOnlySpan<char> data) =>
        data.IsEmpty ? Gs1LintResult.Whole(Gs1LintError.TooShortForGcp, 0) : GcpPos1(data[1..]).Shift(1);

    /// <summary>ISO 13616 IBAN: country code, length and mod-97 check characters.</summary>
    public static Gs1LintResult Iban(ReadOnlySpan<char> data)
    {
        var len = data.Length;
        if (len < 4)
        {
            return Gs1LintResult.Whole(Gs1LintError.IbanTooShort, len);
        }

        if (!Gs1CodeListLinters.IsAlpha2Country(data[..2]))
        {
            return new(Gs1LintError.IllegalIbanCountryCode, 0, 2);
        }

        if (len > IbanMaxLength)
        {
            return Gs1LintResult.Whole(Gs1LintError.IbanTooLong, len);
        }

        if (len <= IbanMinLength)
        {
            return Gs1LintResult.Whole(Gs1LintError.IbanTooShort, len);
        }

        var sum = 0;
        for (var k = 4; k < len + 4; k++)
        {
            var pos = k < len ? k : k - len;
            var c = data[pos];
            int value;
            if (Gs1CharacterSets.IsDigit(c))
            {
                value = c - '0';
                sum = ((sum * 10) + value) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                value = c - 'A' + 10;
                sum = ((sum * 100) + value) % 97;
            }
            else
            {
                return new(Gs1LintError.InvalidIbanCharacter, pos, 1);
            }
        }

        return sum == 1 ? Gs1LintResult.Ok : new(Gs1LintError.IncorrectIbanChecksum, 2, 2);
    }
}
