namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>One live device found by a search (current version).</summary>
public sealed record DeviceSearchHit(string Id, int VersionId, long LastUpdated, byte[] Resource);
