namespace MedDevice.Mappings.Common;

/// <summary>Canonical identifier systems the hub uses; defined once.</summary>
public static class NamingSystems
{
    /// <summary>Vietnamese medical-device registration number (số lưu hành).</summary>
    public const string RegistrationNumber = "https://fhir.meddevice.gov.vn/NamingSystem/registration-number";
}
