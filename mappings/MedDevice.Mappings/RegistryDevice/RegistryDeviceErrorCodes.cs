namespace MedDevice.Mappings.RegistryDevice;

/// <summary>Codes for problems with a <c>registry.device</c> payload.</summary>
public static class RegistryDeviceErrorCodes
{
    /// <summary>The body is not FHIR R4 JSON (syntax or structure).</summary>
    public const string NotFhirJson = "FEED-REG-001";

    /// <summary>The resource is not a Device.</summary>
    public const string NotDevice = "FEED-REG-002";

    /// <summary>The Device has neither a UDI-DI nor a registration-number identifier.</summary>
    public const string NoDeviceKey = "FEED-REG-003";
}
