using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Verification;

/// <summary>Canonical URLs of the verification records (the tax-code system is <see cref="NamingSystems.TaxCode"/>).</summary>
public static class VerificationCanonicals
{
    /// <summary>Extension on Organization recording its identity verification (status, checkedAt, contract).</summary>
    public const string VerificationExtension = HubFhirUrls.CanonicalBase + "/StructureDefinition/identity-verification";
}
