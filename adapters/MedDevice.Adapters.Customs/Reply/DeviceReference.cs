namespace MedDevice.Adapters.Customs.Reply;

/// <summary>A FHIR Device a line was recorded as (<see cref="Instance"/>) or belongs to (its registry entry).</summary>
/// <param name="Id">The Device's logical id.</param>
/// <param name="Instance">True for an instance-level Device of this line's lot or unit; false for the DI-level registry entry.</param>
public sealed record DeviceReference(string Id, bool Instance);
