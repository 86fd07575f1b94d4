using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Feeds;

/// <summary>What processing made of a message: the topic to route to and the payload subscribers get, or issues.</summary>
public sealed record FeedProcessing(string? Topic, string? DeviceKey, byte[]? Output, IReadOnlyList<MappingIssue> Issues)
{
    /// <summary>True when the message can be routed.</summary>
    public bool Ok => Topic is not null && Issues.Count == 0;

    /// <summary>True when the message changed nothing (an idempotent repeat): it completes without deliveries.</summary>
    public bool Quiet { get; init; }
}
