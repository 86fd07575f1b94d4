using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Privacy;

/// <summary>
/// Display forms of normalised personal values. Personal IDs use the one masking of the personal-ID parser
/// (<c>001*******45</c>); an insurance card keeps its 2-letter beneficiary code and its last 2 digits
/// (<c>DN***********45</c>).
/// </summary>
public static class PersonalDataMasking
{
    /// <summary>Masks a value already normalised by <see cref="PersonalDataNormalizer"/>.</summary>
    public static string Mask(PersonalDataKind kind, string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return kind switch
        {
            PersonalDataKind.PersonalId => PersonalIdMasking.Mask(normalized),
            PersonalDataKind.InsuranceCard => MaskInsuranceCard(normalized),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown personal data kind."),
        };
    }

    private static string MaskInsuranceCard(string card)
    {
        if (card.Length <= 4)
        {
            return new string(PersonalIdMasking.MaskChar, card.Length);
        }

        return string.Create(card.Length, card, static (span, source) =>
        {
            span.Fill(PersonalIdMasking.MaskChar);
            source.AsSpan(0, 2).CopyTo(span);
            source.AsSpan(source.Length - 2).CopyTo(span[^2..]);
        });
    }
}
