using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Feeds;

/// <summary>The verdict on a payload before acceptance.</summary>
public sealed record FeedInspection(string? DeviceKey, IReadOnlyList<MappingIssue> Issues)
{
    /// <summary>True when the payload may be accepted.</summary>
    public bool Ok => Issues.Count == 0;
}
