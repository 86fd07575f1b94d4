namespace MedDevice.Hub.Verification;

/// <summary>Canonical URLs of the verification records (to join <c>Mappings.Common.NamingSystems</c> when the FHIR layer lands).</summary>
public static class VerificationCanonicals
{
    /// <summary>Vietnamese tax code (mã số thuế) as an identifier system.</summary>
    public const string TaxCodeSystem = "https://fhir.meddevice.gov.vn/NamingSystem/tax-code";

    /// <summary>Extension recording an identity verification on an Organization.</summary>
    public const string VerificationExtension = "https://fhir.meddevice.gov.vn/StructureDefinition/identity-verification";
}
