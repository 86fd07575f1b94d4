namespace MedDevice.Mappings.Common;

/// <summary>Canonical identifier systems the hub uses; defined once (see <c>schemas/fhir</c>).</summary>
public static class NamingSystems
{
    /// <summary>Vietnamese medical-device registration number (số lưu hành).</summary>
    public const string RegistrationNumber = "https://fhir.meddevice.gov.vn/NamingSystem/registration-number";

    /// <summary>Vietnamese tax code (mã số thuế) of an organisation.</summary>
    public const string TaxCode = "https://fhir.meddevice.gov.vn/NamingSystem/tax-code";

    /// <summary>VNACCS import declaration number (số tờ khai, item ICN).</summary>
    public const string CustomsDeclaration = "https://fhir.meddevice.gov.vn/NamingSystem/customs-declaration";

    /// <summary>Customs office code (cơ quan hải quan, item CH), e.g. <c>03CC</c>.</summary>
    public const string CustomsOffice = "https://fhir.meddevice.gov.vn/NamingSystem/customs-office";

    /// <summary>Keyed pseudonym of a person (<c>psn:{keyId}:{hmac}</c>); never a raw personal ID.</summary>
    public const string PersonPseudonym = "https://fhir.meddevice.gov.vn/NamingSystem/person-pseudonym";
}
