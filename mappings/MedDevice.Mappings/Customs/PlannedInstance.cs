using Hl7.Fhir.Model;

namespace MedDevice.Mappings.Customs;

/// <summary>An instance-level Device to record for one UDI of a line (its lot or unit).</summary>
/// <param name="UdiPosition">1-based position of the UDI in the line.</param>
/// <param name="Device">The Device (profile vn-device-instance).</param>
public sealed record PlannedInstance(int UdiPosition, Device Device);
