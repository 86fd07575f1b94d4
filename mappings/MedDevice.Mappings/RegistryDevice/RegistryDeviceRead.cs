using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;

namespace MedDevice.Mappings.RegistryDevice;

/// <summary>A parsed <c>registry.device</c> payload: the Device, its routing key, and any issues.</summary>
public sealed record RegistryDeviceRead(Device? Device, string? DeviceKey, IReadOnlyList<MappingIssue> Issues)
{
    /// <summary>True when the Device parsed and has a key.</summary>
    public bool Ok => Device is not null && DeviceKey is not null && Issues.Count == 0;
}
