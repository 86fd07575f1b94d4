using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Feeds;

/// <summary>
/// One inbound feed. <see cref="Inspect"/> runs before the message is accepted (reject invalid payloads with
/// 422, find the ordering key); <see cref="Process"/> runs after, in the processing stage (map, verify,
/// choose the topic). Adding a partner feed = one implementation registered in the host.
/// </summary>
public interface IFeedHandler
{
    /// <summary>The feed name in <c>/api/v1/inbound/{feed}</c>.</summary>
    string Feed { get; }

    /// <summary>Checks a payload before acceptance.</summary>
    FeedInspection Inspect(ReadOnlyMemory<byte> body);

    /// <summary>
    /// Maps an accepted message and applies its effects (e.g. the registry write); exceptions mean broken
    /// infrastructure and are retried, so effects must be idempotent per message.
    /// </summary>
    ValueTask<FeedProcessing> ProcessAsync(PendingMessage message, CancellationToken cancellationToken);
}
