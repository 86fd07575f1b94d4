namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>A stored device found for a key of a bulk row.</summary>
/// <param name="Id">Its id.</param>
/// <param name="VersionId">Its current version.</param>
/// <param name="Deleted">True when revoked.</param>
/// <param name="UdiDiKey">Its UDI-DI key.</param>
/// <param name="RegistrationNumber">Its registration number.</param>
/// <param name="ContentHash">SHA-256 of its current resource.</param>
internal sealed record BulkMatch(string Id, int VersionId, bool Deleted, string? UdiDiKey, string? RegistrationNumber, byte[] ContentHash);
