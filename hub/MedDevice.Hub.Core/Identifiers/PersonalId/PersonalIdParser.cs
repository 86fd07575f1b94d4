namespace MedDevice.Hub.Core.Identifiers.PersonalId;

/// <summary>
/// Validates personal identification numbers (số định danh cá nhân, 12 digits) and recognises legacy 9-digit
/// CMND numbers. There is no check digit: validation is format, province code and a plausible birth year.
/// Messages never contain the number.
/// </summary>
public static class PersonalIdParser
{
    /// <summary>Length of a personal identification number.</summary>
    public const int Length = 12;

    /// <summary>Length of a legacy identity card (CMND) number.</summary>
    public const int LegacyCmndLength = 9;

    /// <summary>Parses one personal number.</summary>
    /// <param name="text">The number as typed; white space is ignored.</param>
    /// <param name="currentYear">When given, a birth year after it is an error (the clock stays outside Core).</param>
    public static IdentifierResult<PersonalIdNumber> Parse(string? text, int? currentYear = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentifierResult<PersonalIdNumber>.Failure(PersonalIdErrorCodes.Empty, "The personal identification number is empty.");
        }

        var digits = IdentifierText.Compact(text);
        var firstNonDigit = digits.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (firstNonDigit >= 0)
        {
            return IdentifierResult<PersonalIdNumber>.Failure(
                PersonalIdErrorCodes.BadFormat, "A personal identification number has digits only.", firstNonDigit);
        }

        if (digits.Length == LegacyCmndLength)
        {
            var legacy = new PersonalIdNumber(digits, PersonalIdKind.LegacyCmnd, null, null, null, null);
            return IdentifierResult<PersonalIdNumber>.Failure(
                PersonalIdErrorCodes.LegacyCmnd,
                "A 9-digit identity card (CMND) number is recognised but is not a personal identification number.",
                partial: legacy);
        }

        if (digits.Length != Length)
        {
            return IdentifierResult<PersonalIdNumber>.Failure(
                PersonalIdErrorCodes.BadFormat, $"A personal identification number has {Length} digits, not {digits.Length}.");
        }

        return Validate(digits, currentYear);
    }

    private static IdentifierResult<PersonalIdNumber> Validate(string digits, int? currentYear)
    {
        var provinceCode = digits[..3];
        var provinceName = ProvinceCodes.NameOf(provinceCode);
        var centuryAndSex = digits[3] - '0';
        var yy = ((digits[4] - '0') * 10) + (digits[5] - '0');
        var birthYear = 1900 + (100 * (centuryAndSex / 2)) + yy;
        var sex = centuryAndSex % 2 == 0 ? PersonalId.Sex.Male : PersonalId.Sex.Female;
        var number = new PersonalIdNumber(digits, PersonalIdKind.PersonalIdentificationNumber, provinceCode, provinceName, sex, birthYear);

        var errors = new List<IdentifierIssue>(2);
        if (provinceName is null)
        {
            errors.Add(new IdentifierIssue(
                PersonalIdErrorCodes.UnknownProvince, "The first three digits are not a province code of the Ministry of Public Security.", 0));
        }

        if (currentYear is { } year && birthYear > year)
        {
            errors.Add(new IdentifierIssue(
                PersonalIdErrorCodes.BirthYearInFuture, "The century digit and year of birth give a year in the future.", 3));
        }

        return errors.Count == 0
            ? IdentifierResult<PersonalIdNumber>.Success(number)
            : IdentifierResult<PersonalIdNumber>.Failure(errors, number);
    }
}
