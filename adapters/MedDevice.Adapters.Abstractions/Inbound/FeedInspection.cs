using MedDevice.Mappings.Common;

namespace MedDevice.Adapters.Inbound;

/// <summary>The verdict on a payload before acceptance: its ordering key, or the coded issues that refuse it.</summary>
public sealed record FeedInspection(string? DeviceKey, IReadOnlyList<MappingIssue> Issues)
{
    /// <summary>True when the payload may be accepted.</summary>
    public bool Ok => Issues.Count == 0;
}
