namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>
/// The ISBT 128 DIN keyboard check character K (ST-001 Appendix A): ISO/IEC 7064 MOD 37-2 over the 13-character
/// DIN. It is printed beside the eye-readable DIN, not encoded in the bar code; a DIN may carry its value in the
/// flag characters as 60 + value (type 3 flags).
/// </summary>
public static class IsbtDinCheckCharacter
{
    /// <summary>The 37 check characters in value order (0–36).</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    /// <summary>Length of the DIN the check character covers.</summary>
    public const int DinLength = 13;

    /// <summary>Computes the check value (0–36) of a 13-character DIN (digits and uppercase letters).</summary>
    /// <exception cref="ArgumentException">The DIN is not 13 characters of 0-9A-Z.</exception>
    public static int ComputeValue(ReadOnlySpan<char> din)
    {
        if (din.Length != DinLength)
        {
            throw new ArgumentException("A DIN has 13 characters.", nameof(din));
        }

        var sum = 0;
        foreach (var c in din)
        {
            var value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => throw new ArgumentException("A DIN holds digits and uppercase letters only.", nameof(din)),
            };
            sum = (sum + value) * 2 % 37;
        }

        return (38 - sum) % 37;
    }

    /// <summary>Computes the check character of a 13-character DIN.</summary>
    public static char Compute(ReadOnlySpan<char> din) => Alphabet[ComputeValue(din)];

    /// <summary>True when <paramref name="dinWithCheck"/> is a 13-character DIN followed by its check character.</summary>
    public static bool IsValid(ReadOnlySpan<char> dinWithCheck)
    {
        if (dinWithCheck.Length != DinLength + 1 || dinWithCheck[..DinLength].ContainsAnyExcept(DinCharacters))
        {
            return false;
        }

        return Compute(dinWithCheck[..DinLength]) == dinWithCheck[DinLength];
    }

    private static readonly System.Buffers.SearchValues<char> DinCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
