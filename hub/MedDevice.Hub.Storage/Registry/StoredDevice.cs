namespace MedDevice.Hub.Storage.Registry;

/// <summary>The current version of a device.</summary>
/// <param name="Id">The FHIR logical id.</param>
/// <param name="VersionId">The current version (1 for a new device).</param>
/// <param name="LastUpdated">When that version was stored (Unix ms).</param>
/// <param name="Status">The FHIR Device.status of that version.</param>
/// <param name="UdiDiKey">The UDI-DI business key <c>issuer|di</c>, if any.</param>
/// <param name="RegistrationNumber">The canonical registration number, if any.</param>
/// <param name="Resource">The FHIR Device JSON.</param>
/// <param name="Deleted">True once revoked (logical delete; the keys stay reserved).</param>
public sealed record StoredDevice(
    string Id,
    int VersionId,
    long LastUpdated,
    string Status,
    string? UdiDiKey,
    string? RegistrationNumber,
    byte[] Resource,
    bool Deleted);
