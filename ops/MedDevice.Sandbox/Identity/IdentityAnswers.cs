using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Identity.V1;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;

namespace MedDevice.Sandbox.Identity;

/// <summary>
/// How the synthetic registers answer the contract. Invalid requests (no purpose or legal basis, a malformed ID,
/// tax code or date) are refused with INVALID_ARGUMENT; messages never echo the values.
/// </summary>
public sealed class IdentityAnswers(PopulationRegister people, EnterpriseRegister enterprises, TimeProvider time)
{
    /// <summary>The verdict on a citizen.</summary>
    public VerifyCitizenResponse Citizen(VerifyCitizenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireLawfulContext(request.Context);
        if (!IsPersonalId(request.PersonalId))
        {
            throw Invalid("personal_id must be a valid 12-digit personal identification number.");
        }

        if (string.IsNullOrWhiteSpace(request.FullName))
        {
            throw Invalid("full_name is required.");
        }

        var birthDate = Date(request.BirthDate) ?? throw Invalid("birth_date must be a valid calendar date.");
        var response = new VerifyCitizenResponse { CheckedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()) };
        if (people.Find(request.PersonalId) is not { } person)
        {
            response.Verdict = CitizenVerdict.NotFound;
            return response;
        }

        if (!NameComparison.Same(request.FullName, person.FullName))
        {
            response.MismatchedFields.Add(CitizenField.FullName);
        }

        if (birthDate != person.BirthDate)
        {
            response.MismatchedFields.Add(CitizenField.BirthDate);
        }

        response.Verdict = response.MismatchedFields.Count == 0 ? CitizenVerdict.Match : CitizenVerdict.Mismatch;
        response.VneidLevel = person.VneidLevel;
        return response;
    }

    /// <summary>The standing of an organisation.</summary>
    public VerifyOrganizationResponse Organization(VerifyOrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireLawfulContext(request.Context);
        if (!TaxCodeParser.Parse(request.TaxCode).Ok)
        {
            throw Invalid("tax_code must be a valid tax code.");
        }

        var representativeGiven = !string.IsNullOrEmpty(request.LegalRepresentativeId);
        if (representativeGiven && !IsPersonalId(request.LegalRepresentativeId))
        {
            throw Invalid("legal_representative_id must be a valid 12-digit personal identification number.");
        }

        var response = new VerifyOrganizationResponse
        {
            CheckedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
            LegalRepresentative = RepresentativeMatch.NotRequested,
        };
        if (enterprises.Find(request.TaxCode) is not { } organization)
        {
            response.Status = OrganizationStatus.NotFound;
            return response;
        }

        response.Status = organization.Status switch
        {
            SyntheticOrganizationStatus.Suspended => OrganizationStatus.Suspended,
            SyntheticOrganizationStatus.Closed => OrganizationStatus.Closed,
            _ => OrganizationStatus.Active,
        };
        response.RegisteredName = organization.Name;
        if (representativeGiven)
        {
            response.LegalRepresentative = string.Equals(SyntheticPeople.LegalRepresentativeOf(organization).PersonalId, request.LegalRepresentativeId, StringComparison.Ordinal)
                ? RepresentativeMatch.Match
                : RepresentativeMatch.Mismatch;
        }

        return response;
    }

    private static void RequireLawfulContext(RequestContext? context)
    {
        if (context is null || string.IsNullOrWhiteSpace(context.Purpose) || string.IsNullOrWhiteSpace(context.LegalBasis)
            || string.IsNullOrWhiteSpace(context.RequestingPartner))
        {
            throw Invalid("context.requesting_partner, context.purpose and context.legal_basis are required for every lookup.");
        }
    }

    private static bool IsPersonalId(string value) =>
        PersonalIdParser.Parse(value) is { Ok: true, Value.Kind: PersonalIdKind.PersonalIdentificationNumber };

    private static DateOnly? Date(CalendarDate? date) =>
        date is not null && date.Year is >= 1900 and <= 2100 && date.Month is >= 1 and <= 12
            && date.Day >= 1 && date.Day <= DateTime.DaysInMonth(date.Year, date.Month)
            ? new DateOnly(date.Year, date.Month, date.Day)
            : null;

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
