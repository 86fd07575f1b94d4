namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>A device version a bulk batch stored: its history row and search index follow.</summary>
/// <param name="Id">The device id.</param>
/// <param name="VersionId">The version stored.</param>
/// <param name="Row">The row it came from.</param>
internal sealed record BulkVersion(string Id, int VersionId, BulkDeviceRow Row)
{
    /// <summary>True when the version replaced an earlier one (its old index rows go).</summary>
    public bool Replaces => VersionId > 1;
}
