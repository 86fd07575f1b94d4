using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Hub.Customs;

/// <summary>What to record for one line: its verdict, a hash of what its effects are computed from, and those effects.</summary>
/// <param name="LineNumber">The line's STT.</param>
/// <param name="Verdict">The line's verdict.</param>
/// <param name="ContentSha256">Hex SHA-256 of the verdict and the planned effects: an unchanged hash means nothing to do.</param>
/// <param name="Instances">Instance Devices with the id each is (or will be) stored under, and their writes prepared outside the transaction.</param>
/// <param name="EntryIds">Registry entries that receive an import Provenance.</param>
public sealed record CustomsLineRecording(
    int LineNumber,
    LineVerdict Verdict,
    string ContentSha256,
    IReadOnlyList<(string Id, Device Device, MedDevice.Hub.Registry.PreparedRegistryWrite Write)> Instances,
    IReadOnlyList<string> EntryIds);
