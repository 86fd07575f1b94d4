namespace MedDevice.Hub.Core.Identifiers.PersonalId;

/// <summary>
/// A parsed personal number: 12-digit <c>PPP G YY NNNNNN</c> (province of birth registration, century and sex
/// digit, year of birth, random part; no check digit) or a legacy 9-digit CMND. Personal data:
/// <see cref="ToString"/> returns the masked form so the number cannot leak into logs by accident.
/// </summary>
public sealed class PersonalIdNumber
{
    internal PersonalIdNumber(string digits, PersonalIdKind kind, string? provinceCode, string? provinceName, Sex? sex, int? birthYear)
    {
        Digits = digits;
        Kind = kind;
        ProvinceCode = provinceCode;
        ProvinceName = provinceName;
        Sex = sex;
        BirthYear = birthYear;
        Masked = PersonalIdMasking.Mask(digits);
    }

    /// <summary>The digits in clear. Use only to pseudonymise or to call the population database; never display or log.</summary>
    public string Digits { get; }

    /// <summary>Masked display form (see <see cref="PersonalIdMasking"/>).</summary>
    public string Masked { get; }

    /// <summary>12-digit personal identification number or legacy CMND.</summary>
    public PersonalIdKind Kind { get; }

    /// <summary>Province of birth registration code (<c>001</c> … <c>096</c>); null for CMND.</summary>
    public string? ProvinceCode { get; }

    /// <summary>Province name, when the code is known.</summary>
    public string? ProvinceName { get; }

    /// <summary>Sex from the century digit; null for CMND.</summary>
    public Sex? Sex { get; }

    /// <summary>Birth year: 1900 + 100·⌊G/2⌋ + YY; null for CMND.</summary>
    public int? BirthYear { get; }

    /// <summary>The masked form, never the digits.</summary>
    public override string ToString() => Masked;
}
