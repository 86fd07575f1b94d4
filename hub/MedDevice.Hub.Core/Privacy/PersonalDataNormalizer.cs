using MedDevice.Hub.Core.Identifiers;

namespace MedDevice.Hub.Core.Privacy;

/// <summary>
/// The canonical text of a personal value, so that the same person gets the same pseudonym however the value
/// was typed: white space (including no-break spaces) removed, letters upper-cased.
/// </summary>
public static class PersonalDataNormalizer
{
    /// <summary>Length of a CCCD personal identification number.</summary>
    public const int PersonalIdLength = 12;

    /// <summary>Length of a legacy CMND identity card number.</summary>
    public const int LegacyIdLength = 9;

    /// <summary>Length of a health-insurance card number (<c>MA_THE_BHYT</c>).</summary>
    public const int InsuranceCardLength = 15;

    /// <summary>The canonical value, or null when it is not of the kind's shape.</summary>
    public static string? Normalize(PersonalDataKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = IdentifierText.Compact(value);
        return kind switch
        {
            PersonalDataKind.PersonalId => IsPersonalId(compact) ? compact : null,
            PersonalDataKind.InsuranceCard => IsInsuranceCard(compact) ? compact : null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown personal data kind."),
        };
    }

    /// <summary>12 or 9 ASCII digits.</summary>
    internal static bool IsPersonalId(ReadOnlySpan<char> text) =>
        text.Length is PersonalIdLength or LegacyIdLength && IdentifierText.IsDigits(text);

    /// <summary>2 ASCII letters then 13 ASCII digits (case as given).</summary>
    internal static bool IsInsuranceCard(ReadOnlySpan<char> text) =>
        text.Length == InsuranceCardLength && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && IdentifierText.IsDigits(text[2..]);
}
