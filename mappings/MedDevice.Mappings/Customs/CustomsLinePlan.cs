namespace MedDevice.Mappings.Customs;

/// <summary>
/// The durable effects of one line: instance Devices for UDIs that carry a lot or serial number, and the registry
/// entries that receive an <c>imported</c> Provenance for UDIs that carry only a DI (the entry itself is never changed).
/// UDIs that do not parse, and DI-only UDIs whose device is not in the registry, leave no Device: their verdict says why.
/// </summary>
/// <param name="LineNumber">The line's STT.</param>
/// <param name="Instances">Instance Devices, one per distinct lot/serial.</param>
/// <param name="EntryIds">Registry entries the line's DI-only goods belong to.</param>
public sealed record CustomsLinePlan(int LineNumber, IReadOnlyList<PlannedInstance> Instances, IReadOnlyList<string> EntryIds);
