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

    /// <summary>The Device names a patient by something other than a pseudonym (profile invariant vdi-2): refused, never stored.</summary>
    public const string PatientNotPseudonymous = "FEED-REG-006";

    /// <summary>The Device points to a registry entry (an instance) but has neither lot nor serial number (profile invariant vdi-1).</summary>
    public const string InstanceWithoutProductionIdentifier = "FEED-REG-007";
}
