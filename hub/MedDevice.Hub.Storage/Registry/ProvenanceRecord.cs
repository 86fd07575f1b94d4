namespace MedDevice.Hub.Storage.Registry;

/// <summary>One stored Provenance of a device version.</summary>
/// <param name="Id">The Provenance logical id.</param>
/// <param name="TargetId">The Device id.</param>
/// <param name="TargetVersion">The Device version it records.</param>
/// <param name="Recorded">When (Unix ms).</param>
/// <param name="Activity">registered, changed, revoked, imported, …</param>
/// <param name="Agent">The partner (or operator) responsible.</param>
/// <param name="SourceMessage">The hub message id of the source message, if any (one Provenance per device and source message).</param>
/// <param name="Resource">The FHIR Provenance JSON.</param>
public sealed record ProvenanceRecord(string Id, string TargetId, int TargetVersion, long Recorded, string Activity, string Agent, string? SourceMessage, byte[] Resource);
