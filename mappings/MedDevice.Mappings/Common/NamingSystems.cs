namespace MedDevice.Mappings.Common;

/// <summary>Canonical identifier systems the hub uses; defined once (see <c>schemas/fhir</c>).</summary>
public static class NamingSystems
{
    /// <summary>Vietnamese medical-device registration number (số lưu hành).</summary>
    public const string RegistrationNumber = "https://fhir.meddevice.gov.vn/NamingSystem/registration-number";

    /// <summary>Vietnamese tax code (mã số thuế) of an organisation.</summary>
    public const string TaxCode = "https://fhir.meddevice.gov.vn/NamingSystem/tax-code";
}
