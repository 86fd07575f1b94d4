namespace MedDevice.Hub.Core.Registry;

/// <summary>
/// The Device search parameters the registry indexes and the FHIR API serves (besides <c>_id</c> and
/// <c>_lastUpdated</c>, which are columns): every R4 Device parameter plus the hub's own. One list, used by the
/// indexer, the search and the CapabilityStatement check.
/// </summary>
public static class DeviceSearchParameters
{
    private const string Core = "http://hl7.org/fhir/SearchParameter/";
    private const string Hub = "https://fhir.meddevice.gov.vn/SearchParameter/";

    /// <summary>R4: name of the device (deviceName.name, type text and display).</summary>
    public const string DeviceName = "device-name";

    /// <summary>R4: Device.identifier.</summary>
    public const string Identifier = "identifier";

    /// <summary>R4: Device.location (reference).</summary>
    public const string Location = "location";

    /// <summary>R4: Device.manufacturer.</summary>
    public const string Manufacturer = "manufacturer";

    /// <summary>R4: Device.modelNumber.</summary>
    public const string Model = "model";

    /// <summary>R4: Device.owner (reference).</summary>
    public const string Organization = "organization";

    /// <summary>R4: Device.patient (reference).</summary>
    public const string Patient = "patient";

    /// <summary>R4: Device.status.</summary>
    public const string Status = "status";

    /// <summary>R4: Device.type.</summary>
    public const string Type = "type";

    /// <summary>R4: Device.udiCarrier.carrierHRF (a string parameter in R4).</summary>
    public const string UdiCarrier = "udi-carrier";

    /// <summary>R4: Device.udiCarrier.deviceIdentifier (a string parameter in R4).</summary>
    public const string UdiDi = "udi-di";

    /// <summary>R4: Device.url.</summary>
    public const string Url = "url";

    /// <summary>Hub: the registration-number identifier (canonical số lưu hành).</summary>
    public const string RegistrationNumber = "registration-number";

    /// <summary>Hub: the risk class A–D (extension).</summary>
    public const string RiskClass = "risk-class";

    /// <summary>Hub: the registration holder's identifier (Device.owner.identifier, tax code).</summary>
    public const string Holder = "holder";

    /// <summary>Hub: Device.serialNumber.</summary>
    public const string SerialNumber = "serial-number";

    /// <summary>Hub: Device.lotNumber.</summary>
    public const string LotNumber = "lot-number";

    /// <summary>Every indexed parameter, by name.</summary>
    public static IReadOnlyDictionary<string, DeviceSearchParameter> All { get; } = new[]
    {
        new DeviceSearchParameter(DeviceName, SearchParamType.Text, Core + "Device-device-name"),
        new DeviceSearchParameter(Identifier, SearchParamType.Token, Core + "Device-identifier"),
        new DeviceSearchParameter(Location, SearchParamType.Reference, Core + "Device-location"),
        new DeviceSearchParameter(Manufacturer, SearchParamType.Text, Core + "Device-manufacturer"),
        new DeviceSearchParameter(Model, SearchParamType.Text, Core + "Device-model"),
        new DeviceSearchParameter(Organization, SearchParamType.Reference, Core + "Device-organization"),
        new DeviceSearchParameter(Patient, SearchParamType.Reference, Core + "Device-patient"),
        new DeviceSearchParameter(Status, SearchParamType.Token, Core + "Device-status"),
        new DeviceSearchParameter(Type, SearchParamType.Token, Core + "Device-type"),
        new DeviceSearchParameter(UdiCarrier, SearchParamType.Text, Core + "Device-udi-carrier"),
        new DeviceSearchParameter(UdiDi, SearchParamType.Text, Core + "Device-udi-di"),
        new DeviceSearchParameter(Url, SearchParamType.Uri, Core + "Device-url"),
        new DeviceSearchParameter(RegistrationNumber, SearchParamType.Token, Hub + "Device-registration-number"),
        new DeviceSearchParameter(RiskClass, SearchParamType.Token, Hub + "Device-risk-class"),
        new DeviceSearchParameter(Holder, SearchParamType.Token, Hub + "Device-holder"),
        new DeviceSearchParameter(SerialNumber, SearchParamType.Text, Hub + "Device-serial-number"),
        new DeviceSearchParameter(LotNumber, SearchParamType.Text, Hub + "Device-lot-number"),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);
}
