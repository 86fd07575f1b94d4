using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Identifiers;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Mappings.Common;

namespace MedDevice.Mappings.Customs;

/// <summary>
/// How an importer is recorded: an organisation by its tax code and name; a person (12-digit personal tax code) only by
/// keyed pseudonym and masked number, never the number or the name (personal data, NĐ 13/2023).
/// </summary>
public static class CustomsImporterIdentity
{
    private const string Unverified = "unverified";

    /// <summary>The FHIR importer and the identifier stored with the declaration.</summary>
    public static (CustomsImporter Importer, string Stored) For(IdentifierResult<TaxCodeNumber> taxCode, string importerName, Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(taxCode);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        if (taxCode.Value is { Kind: TaxCodeKind.Personal } personal)
        {
            var pseudonym = pseudonymizer.Pseudonymize(PersonalDataKind.PersonalId, personal.Canonical);
            if (pseudonym.Pseudonym is { } value)
            {
                return (new CustomsImporter(new Identifier(NamingSystems.PersonPseudonym, value), pseudonym.Masked ?? personal.Display), value);
            }
        }
        else if (taxCode is { Ok: true, Value: { } organisation })
        {
            return (new CustomsImporter(new Identifier(NamingSystems.TaxCode, organisation.Canonical), importerName), organisation.Canonical);
        }

        // An invalid tax code is never stored as given: it may be a mistyped personal number.
        return (new CustomsImporter(new Identifier(NamingSystems.TaxCode, Unverified), "Importer with an invalid tax code"), Unverified);
    }
}
