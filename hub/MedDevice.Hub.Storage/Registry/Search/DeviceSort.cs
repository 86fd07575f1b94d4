namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>Result order.</summary>
public enum DeviceSort
{
    /// <summary>Server order: by the leading string or token criterion's index, else by id (ids are time-ordered).</summary>
    Default = 0,

    /// <summary><c>_sort=_lastUpdated</c>.</summary>
    LastUpdated = 1,

    /// <summary><c>_sort=-_lastUpdated</c>.</summary>
    LastUpdatedDescending = 2,
}
