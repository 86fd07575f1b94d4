namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>One page of a device search; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record DeviceSearchPage(IReadOnlyList<DeviceSearchHit> Hits, string? NextCursor);
