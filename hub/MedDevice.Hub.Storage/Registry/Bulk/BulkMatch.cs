namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>A stored device found for a key of a bulk row.</summary>
/// <param name="Id">Its id.</param>
/// <param name="VersionId">Its current version.</param>
/// <param name="LastUpdated">When that version was stored (Unix ms).</param>
/// <param name="Status">Its status.</param>
/// <param name="Deleted">True when revoked.</param>
/// <param name="UdiDiKey">Its UDI-DI key.</param>
/// <param name="RegistrationNumber">Its registration number.</param>
/// <param name="Resource">Its current resource, decrypted.</param>
internal sealed record BulkMatch(string Id, int VersionId, long LastUpdated, string Status, bool Deleted, string? UdiDiKey, string? RegistrationNumber, byte[] Resource);
