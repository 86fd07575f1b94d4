using System.Globalization;
using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Identifiers.TaxCode;

/// <summary>
/// Validates tax codes: 10 digits with check digit (<see cref="TaxCodeCheckDigit"/>); branches
/// <c>XXXXXXXXXX-NNN</c> (also accepted as 13 digits without the dash, as customs writes them); 12-digit
/// personal codes validated as personal identification numbers.
/// </summary>
public static class TaxCodeParser
{
    private const int OrganisationLength = 10;
    private const int BranchLength = 14;

    /// <summary>Parses one tax code.</summary>
    /// <param name="text">The code as typed; white space is ignored.</param>
    /// <param name="currentYear">Passed on to <see cref="PersonalIdParser"/> for 12-digit codes.</param>
    public static IdentifierResult<TaxCodeNumber> Parse(string? text, int? currentYear = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentifierResult<TaxCodeNumber>.Failure(TaxCodeErrorCodes.Empty, "The tax code is empty.");
        }

        var compact = IdentifierText.Compact(text);
        if (compact.Length == 13 && IdentifierText.IsDigits(compact))
        {
            compact = string.Concat(compact.AsSpan(0, OrganisationLength), "-", compact.AsSpan(OrganisationLength));
        }

        if (compact.Length == PersonalIdParser.Length && IdentifierText.IsDigits(compact))
        {
            return ParsePersonal(compact, currentYear);
        }

        var isOrganisation = compact.Length == OrganisationLength && IdentifierText.IsDigits(compact);
        var isBranch = compact.Length == BranchLength && compact[OrganisationLength] == '-'
            && IdentifierText.IsDigits(compact.AsSpan(0, OrganisationLength))
            && IdentifierText.IsDigits(compact.AsSpan(OrganisationLength + 1));
        if (!isOrganisation && !isBranch)
        {
            return IdentifierResult<TaxCodeNumber>.Failure(
                TaxCodeErrorCodes.BadFormat, "A tax code has 10 digits, 10 digits-3 digits (branch) or 12 digits (personal).");
        }

        return ParseOrganisation(compact, isBranch);
    }

    private static IdentifierResult<TaxCodeNumber> ParseOrganisation(string compact, bool isBranch)
    {
        var organisation = compact[..OrganisationLength];
        int? branch = isBranch ? int.Parse(compact.AsSpan(OrganisationLength + 1), NumberStyles.None, CultureInfo.InvariantCulture) : null;
        var code = new TaxCodeNumber(compact, isBranch ? TaxCodeKind.Branch : TaxCodeKind.Organisation, organisation, branch, null);

        var errors = new List<IdentifierIssue>(2);
        var expected = TaxCodeCheckDigit.Compute(organisation.AsSpan(0, TaxCodeCheckDigit.PrefixLength));
        if (expected is null)
        {
            errors.Add(new IdentifierIssue(
                TaxCodeErrorCodes.NoCheckDigitPossible, "The first nine digits cannot carry a check digit (weighted sum divisible by 11).", 0));
        }
        else if (organisation[TaxCodeCheckDigit.PrefixLength] - '0' != expected)
        {
            errors.Add(new IdentifierIssue(
                TaxCodeErrorCodes.CheckDigitMismatch,
                string.Create(CultureInfo.InvariantCulture, $"Wrong check digit: expected {expected}."),
                TaxCodeCheckDigit.PrefixLength));
        }

        if (branch == 0)
        {
            errors.Add(new IdentifierIssue(TaxCodeErrorCodes.BranchZero, "Branch numbers run from 001 to 999.", OrganisationLength + 1));
        }

        return errors.Count == 0 ? IdentifierResult<TaxCodeNumber>.Success(code) : IdentifierResult<TaxCodeNumber>.Failure(errors, code);
    }

    private static IdentifierResult<TaxCodeNumber> ParsePersonal(string digits, int? currentYear)
    {
        var personal = PersonalIdParser.Parse(digits, currentYear);
        var code = personal.Value is null ? null : new TaxCodeNumber(digits, TaxCodeKind.Personal, null, null, personal.Value);
        if (personal.Ok && code is not null)
        {
            return IdentifierResult<TaxCodeNumber>.Success(code);
        }

        var errors = new List<IdentifierIssue>(personal.Errors.Count + 1)
        {
            new(TaxCodeErrorCodes.InvalidPersonalId, "A 12-digit tax code must be a valid personal identification number.", 0),
        };
        errors.AddRange(personal.Errors);
        return IdentifierResult<TaxCodeNumber>.Failure(errors, code);
    }
}
