using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;

namespace MedDevice.Adapters.Inbound;

/// <summary>
/// A registry write: the Device stored by its business keys (a new version with its Provenance when it changes, nothing
/// when it does not). The codes say how the message is refused when the write cannot apply.
/// </summary>
/// <param name="Device">The mapped FHIR R4 Device.</param>
/// <param name="KeyConflict">Refusal when the device's keys belong to different registry entries.</param>
/// <param name="RevokedCode">Refusal code when the device's registration is revoked (its keys stay reserved).</param>
public sealed record PlannedDeviceWrite(Device Device, MappingIssue KeyConflict, string RevokedCode);
