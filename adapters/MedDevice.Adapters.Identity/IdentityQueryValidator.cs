using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Adapters.Identity;

/// <summary>Refuses, before anything is sent, queries the identity service would refuse; messages never echo the values.</summary>
internal static class IdentityQueryValidator
{
    private const int MaxNameLength = 100;

    public static AdapterFailure? Problem(IdentityQuery query) => query switch
    {
        CitizenQuery citizen => Citizen(citizen),
        OrganizationQuery organization => Organization(organization),
        _ => Rejected("Unknown kind of query."),
    };

    private static AdapterFailure? Citizen(CitizenQuery query)
    {
        if (!IsPersonalId(query.PersonalId))
        {
            return Rejected("The personal ID is not a valid 12-digit personal identification number.");
        }

        if (string.IsNullOrWhiteSpace(query.FullName) || query.FullName.Length > MaxNameLength)
        {
            return Rejected($"The full name must have 1 to {MaxNameLength} characters.");
        }

        return query.BirthDate.Year is < 1900 or > 2100 ? Rejected("The birth date must be between 1900 and 2100.") : null;
    }

    private static AdapterFailure? Organization(OrganizationQuery query)
    {
        if (!TaxCodeParser.Parse(query.TaxCode).Ok)
        {
            return Rejected("The tax code is not valid.");
        }

        return query.LegalRepresentativeId is not null && !IsPersonalId(query.LegalRepresentativeId)
            ? Rejected("The legal representative's personal ID is not a valid 12-digit personal identification number.")
            : null;
    }

    private static bool IsPersonalId(string? value) =>
        PersonalIdParser.Parse(value) is { Ok: true, Value.Kind: PersonalIdKind.PersonalIdentificationNumber };

    private static AdapterFailure Rejected(string message) => new(AdapterFailureCodes.Rejected, AdapterFailureKind.Rejected, message);
}
