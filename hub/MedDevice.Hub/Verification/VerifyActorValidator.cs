using System.Globalization;
using System.Text.RegularExpressions;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Verification;

/// <summary>
/// Checks a verdict request. Purpose and legal basis end up in the audit log, so they are held to shapes that
/// cannot carry an identifier (a code; a legal reference without personal-identifier-shaped values). Messages never
/// echo the values.
/// </summary>
public static partial class VerifyActorValidator
{
    private const int MaxNameLength = 100;
    private const int MaxLegalBasisLength = 200;

    /// <summary>Validates <paramref name="request"/>; <paramref name="today"/> bounds the birth date.</summary>
    public static ValidatedActorRequest Validate(VerifyActorRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issues = new List<MappingIssue>();
        var purpose = request.Purpose?.Trim() ?? "";
        var legalBasis = request.LegalBasis?.Trim() ?? "";
        if (!PurposePattern().IsMatch(purpose))
        {
            issues.Add(new(VerificationErrorCodes.InvalidPurpose, "purpose must be a code of 2 to 64 lower-case letters, digits, '.' or '-'."));
        }

        if (legalBasis.Length is 0 or > MaxLegalBasisLength || !LegalBasisPattern().IsMatch(legalBasis) || PersonalDataRedactor.ContainsPersonalData(legalBasis))
        {
            issues.Add(new(VerificationErrorCodes.InvalidLegalBasis,
                $"legalBasis must be 1 to {MaxLegalBasisLength} characters of letters, digits, spaces and ./-:,()§, without personal identifiers or dates."));
        }

        var isPerson = !string.IsNullOrWhiteSpace(request.PersonalId);
        var isOrganization = !string.IsNullOrWhiteSpace(request.TaxCode);
        IdentityQuery? query = null;
        if (isPerson == isOrganization)
        {
            issues.Add(new(VerificationErrorCodes.SubjectRequired, "Send either a person (personalId, fullName, birthDate) or an organisation (taxCode), not both."));
        }
        else
        {
            query = isPerson ? Person(request, today, issues) : Organization(request, issues);
        }

        return new ValidatedActorRequest(issues.Count == 0 ? query : null, purpose, legalBasis, issues);
    }

    private static CitizenQuery? Person(VerifyActorRequest request, DateOnly today, List<MappingIssue> issues)
    {
        var id = IsPersonalId(request.PersonalId) ? PersonalDataNormalizer.Normalize(PersonalDataKind.PersonalId, request.PersonalId!) : null;
        if (id is null)
        {
            issues.Add(new(VerificationErrorCodes.InvalidPersonalId, "personalId must be a valid 12-digit personal identification number."));
        }

        var name = request.FullName?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            issues.Add(new(VerificationErrorCodes.InvalidFullName, $"fullName must have 1 to {MaxNameLength} characters."));
        }

        if (!DateOnly.TryParseExact(request.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate)
            || birthDate.Year < 1900 || birthDate > today)
        {
            issues.Add(new(VerificationErrorCodes.InvalidBirthDate, "birthDate must be a yyyy-MM-dd date between 1900 and today."));
        }

        return id is null || issues.Count > 0 ? null : new CitizenQuery(id, name, birthDate);
    }

    private static OrganizationQuery? Organization(VerifyActorRequest request, List<MappingIssue> issues)
    {
        var taxCode = TaxCodeParser.Parse(request.TaxCode);
        if (!taxCode.Ok)
        {
            issues.Add(new(VerificationErrorCodes.InvalidTaxCode, "taxCode is not a valid tax code" + (taxCode.Errors.Count > 0 ? $" ({taxCode.Errors[0].Code})." : ".")));
        }

        string? representative = null;
        if (!string.IsNullOrWhiteSpace(request.LegalRepresentativeId))
        {
            representative = IsPersonalId(request.LegalRepresentativeId) ? PersonalDataNormalizer.Normalize(PersonalDataKind.PersonalId, request.LegalRepresentativeId) : null;
            if (representative is null)
            {
                issues.Add(new(VerificationErrorCodes.InvalidRepresentativeId, "legalRepresentativeId must be a valid 12-digit personal identification number."));
            }
        }

        return taxCode.Ok && issues.Count == 0 ? new OrganizationQuery(taxCode.Value!.Canonical, representative) : null;
    }

    private static bool IsPersonalId(string? value) =>
        PersonalIdParser.Parse(value) is { Ok: true, Value.Kind: PersonalIdKind.PersonalIdentificationNumber };

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PurposePattern();

    [GeneratedRegex(@"^[\p{L}\p{M}0-9 ./\-:,()§]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalBasisPattern();
}
