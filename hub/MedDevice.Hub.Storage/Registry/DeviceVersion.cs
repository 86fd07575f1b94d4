namespace MedDevice.Hub.Storage.Registry;

/// <summary>One version of a device from its history.</summary>
/// <param name="Id">The FHIR logical id.</param>
/// <param name="VersionId">The version.</param>
/// <param name="LastUpdated">When the version was stored (Unix ms).</param>
/// <param name="Resource">The FHIR Device JSON of that version (for a revocation: the last content).</param>
/// <param name="Deleted">True for the version that revoked the device.</param>
public sealed record DeviceVersion(string Id, int VersionId, long LastUpdated, byte[] Resource, bool Deleted);
