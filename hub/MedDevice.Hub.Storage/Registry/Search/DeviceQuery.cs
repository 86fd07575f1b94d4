namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>A device search: AND-ed criteria, page size, order and the keyset cursor of the page to read.</summary>
/// <param name="Criteria">The conditions (may be empty: all live devices).</param>
/// <param name="Count">Page size (at least 1).</param>
/// <param name="Sort">The order.</param>
/// <param name="Cursor">The opaque cursor from the previous page's <see cref="DeviceSearchPage.NextCursor"/>; null for the first page.</param>
public sealed record DeviceQuery(IReadOnlyList<DeviceCriterion> Criteria, int Count, DeviceSort Sort = DeviceSort.Default, string? Cursor = null);
