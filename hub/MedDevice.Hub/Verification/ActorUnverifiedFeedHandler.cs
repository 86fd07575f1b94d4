using MedDevice.Adapters.Inbound;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Verification;

/// <summary>
/// The hub's internal feed for verification alerts. The verification worker puts an alert into the inbox in the same
/// transaction as the verdict; processing routes it to <c>actor.unverified</c> like any topic, so subscribers get it
/// with the usual guarantees (retries, ordering per tax code, dead letters, replay, message status). Partners cannot
/// post to it: every partner payload is refused at inspection, and a message not written by the hub is quarantined.
/// </summary>
public sealed class ActorUnverifiedFeedHandler : IInboundFeed
{
    /// <summary>The internal feed name.</summary>
    public const string FeedName = "hub.actor-verification";

    /// <summary>The topic unverified organisations are routed to.</summary>
    public const string Topic = "actor.unverified";

    /// <summary>The partner id the hub writes its own inbox messages under.</summary>
    public const string InternalPartnerId = "hub-internal";

    /// <summary>Code of a refused partner message.</summary>
    public const string InternalOnlyCode = "HUB-VER-FEED-001";

    private static readonly IReadOnlyList<MappingIssue> InternalOnly =
        [new(InternalOnlyCode, "This feed is internal to the hub and accepts no partner messages.")];

    /// <inheritdoc />
    public string Feed => FeedName;

    /// <inheritdoc />
    public FeedInspection Inspect(ReadOnlyMemory<byte> body) => new(null, InternalOnly);

    /// <inheritdoc />
    public ValueTask<MessagePlan> PlanAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ValueTask.FromResult(string.Equals(message.PartnerId, InternalPartnerId, StringComparison.Ordinal)
            ? MessagePlan.Route(Topic, message.DeviceKey)
            : MessagePlan.Refuse(message.DeviceKey, InternalOnly));
    }
}
