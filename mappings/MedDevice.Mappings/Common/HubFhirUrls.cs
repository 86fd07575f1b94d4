namespace MedDevice.Mappings.Common;

/// <summary>Canonical URLs of the hub's own FHIR extensions and code systems (see <c>schemas/fhir</c>).</summary>
public static class HubFhirUrls
{
    /// <summary>The canonical base of the hub's conformance resources.</summary>
    public const string CanonicalBase = "https://fhir.meddevice.gov.vn";

    /// <summary>Extension on Device: the risk class A–D (valueCoding).</summary>
    public const string RiskClassExtension = CanonicalBase + "/StructureDefinition/risk-class";

    /// <summary>Extension on an instance-level Device: its DI-level registry entry (valueReference).</summary>
    public const string RegistryEntryExtension = CanonicalBase + "/StructureDefinition/registry-entry";

    /// <summary>Code system of the risk classes A, B, C, D (NĐ 98/2021).</summary>
    public const string RiskClassCodeSystem = CanonicalBase + "/CodeSystem/risk-class";

    /// <summary>The FHIR device-status code system.</summary>
    public const string DeviceStatusCodeSystem = "http://hl7.org/fhir/device-status";
}
