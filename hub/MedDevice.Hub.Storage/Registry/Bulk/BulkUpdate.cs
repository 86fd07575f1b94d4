namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>The next version of a stored device, guarded by the version it was read at.</summary>
/// <param name="Ordinal">The row's position in its batch.</param>
/// <param name="Id">The device id.</param>
/// <param name="ExpectedVersion">The version the row was resolved against.</param>
/// <param name="Row">The row.</param>
/// <param name="StoredUdiDiKey">The device's UDI-DI key, kept when the row has none.</param>
/// <param name="StoredRegistrationNumber">The device's registration number, kept when the row has none.</param>
internal sealed record BulkUpdate(int Ordinal, string Id, int ExpectedVersion, BulkDeviceRow Row, string? StoredUdiDiKey, string? StoredRegistrationNumber);
