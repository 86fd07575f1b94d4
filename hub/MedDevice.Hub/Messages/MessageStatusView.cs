using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Messages;

/// <summary>The JSON shape of a message's stages (ISO-8601 UTC timestamps).</summary>
public sealed record MessageStatusView(
    string HubMessageId,
    string Partner,
    string Feed,
    string Status,
    string? Topic,
    IReadOnlyList<StageView> Stages,
    IReadOnlyList<DeliveryView> Deliveries,
    string? ErrorCode,
    string? Error)
{
    /// <summary>Maps the stored status.</summary>
    public static MessageStatusView From(MessageStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var stages = new List<StageView> { new("received", Iso(status.ReceivedAt)) };
        if (status.ProcessedAt is { } processed)
        {
            // A parked message shows the stage "dead": processing gave up after its attempt budget (a processing dead letter).
            stages.Add(new StageView(status.Status is "failed" or "dead" ? status.Status : "processed", Iso(processed)));
        }

        var deliveries = status.Deliveries.Select(d => new DeliveryView(d.SubscriberId, d.State, d.Attempts,
            d.DeliveredAt is { } at ? Iso(at) : null, d.NextAttemptAt is { } next ? Iso(next) : null, d.LastError)).ToList();
        return new MessageStatusView(status.HubMessageId, status.PartnerId, status.Feed, status.Status, status.Topic, stages, deliveries,
            status.ErrorCode, status.Error);
    }

    /// <summary>Unix milliseconds as ISO-8601 UTC.</summary>
    public static string Iso(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
