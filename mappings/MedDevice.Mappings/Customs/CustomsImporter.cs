using Hl7.Fhir.Model;

namespace MedDevice.Mappings.Customs;

/// <summary>
/// How the importer appears in FHIR: an organisation by tax code (system tax-code) and name; a person (12-digit personal
/// tax code) only by pseudonym (system person-pseudonym) and masked display, never the raw number or the name.
/// </summary>
/// <param name="Identifier">The tax-code or pseudonym identifier.</param>
/// <param name="Display">The organisation's name, or the masked number of a person.</param>
public sealed record CustomsImporter(Identifier Identifier, string Display)
{
    /// <summary>A logical reference to the importer.</summary>
    public ResourceReference ToReference() => new() { Type = "Organization", Identifier = (Identifier)Identifier.DeepCopy(), Display = Display };
}
