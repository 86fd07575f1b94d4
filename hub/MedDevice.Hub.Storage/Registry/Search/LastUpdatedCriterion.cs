namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>
/// <c>_lastUpdated</c>: the value's precision makes a range [<paramref name="Start"/>, <paramref name="End"/>) in Unix ms
/// (e.g. <c>2026-11</c> is the whole month), compared per <paramref name="Comparison"/>.
/// </summary>
public sealed record LastUpdatedCriterion(DateComparison Comparison, long Start, long End) : DeviceCriterion;
