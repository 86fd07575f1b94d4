using MedDevice.Mappings.Common;

namespace MedDevice.Adapters.Inbound;

/// <summary>
/// What a message means, as data: the registry writes it makes, the verifications it asks for, and where it is routed — or
/// the coded issues that refuse it. The pipeline applies all of it, with the inbox row's completion and the deliveries, in
/// one transaction (the shape of Wolverine's cascading handler results).
/// </summary>
public sealed record MessagePlan
{
    /// <summary>The ordering key the message is completed under.</summary>
    public string? DeviceKey { get; init; }

    /// <summary>Refusal: the message is failed and its body quarantined with the first issue. Nothing else applies.</summary>
    public IReadOnlyList<MappingIssue> Issues { get; init; } = [];

    /// <summary>Registry writes, in order; the first one routed decides the topic when <see cref="Topic"/> is null.</summary>
    public IReadOnlyList<PlannedDeviceWrite> DeviceWrites { get; init; } = [];

    /// <summary>Verifications of actors the message names, queued with its effects.</summary>
    public IReadOnlyList<PlannedVerification> Verifications { get; init; } = [];

    /// <summary>The topic subscribers get the message under; null = the topic of the device write.</summary>
    public string? Topic { get; init; }

    /// <summary>What subscribers receive instead of the accepted body; null = the body.</summary>
    public byte[]? Output { get; init; }

    /// <summary>True when the plan refuses the message.</summary>
    public bool Refused => Issues.Count > 0;

    /// <summary>A refusal with coded issues.</summary>
    public static MessagePlan Refuse(string? deviceKey, IReadOnlyList<MappingIssue> issues) => new() { DeviceKey = deviceKey, Issues = issues };

    /// <summary>A message routed as it is to <paramref name="topic"/>, with no other effect.</summary>
    public static MessagePlan Route(string topic, string? deviceKey) => new() { Topic = topic, DeviceKey = deviceKey };
}
