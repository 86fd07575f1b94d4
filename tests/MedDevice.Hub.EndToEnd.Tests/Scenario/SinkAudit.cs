using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>
/// What one sink received compared with what the hub acknowledged: missing and unknown messages, repeats of
/// the same idempotency key, malformed keys, and per-key order violations among first deliveries.
/// </summary>
public sealed record SinkAudit(
    string Subscriber,
    IReadOnlyList<string> Missing,
    IReadOnlyDictionary<string, int> Duplicates,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<string> MalformedKeys,
    IReadOnlyList<string> OrderViolations,
    IReadOnlyDictionary<string, int> ByNode)
{
    /// <summary>Audits <paramref name="sink"/> against the acknowledged messages of <paramref name="plan"/>.</summary>
    public static SinkAudit Of(MessagePlan plan, SinkServer sink)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sink);
        var expected = plan.Messages.Where(m => m.HubMessageId is not null)
            .ToDictionary(m => $"{m.HubMessageId}:{sink.SubscriberId}", StringComparer.Ordinal);
        var deliveries = sink.Deliveries;
        var counts = sink.CountByKey;

        var malformed = deliveries.Where(d => d.IdempotencyKey != $"{d.HubMessageId}:{sink.SubscriberId}")
            .Select(d => d.IdempotencyKey).Distinct().ToList();
        var missing = expected.Keys.Where(k => !counts.ContainsKey(k)).ToList();
        var unknown = counts.Keys.Where(k => !expected.ContainsKey(k)).ToList();
        var duplicates = counts.Where(c => c.Value > 1).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

        // Per device key, the first delivery of each message must come in acceptance (revision) order.
        var violations = new List<string>();
        var lastRevision = new Dictionary<int, PlannedMessage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            if (!seen.Add(delivery.IdempotencyKey) || !expected.TryGetValue(delivery.IdempotencyKey, out var message))
            {
                continue;
            }

            if (lastRevision.TryGetValue(message.Device, out var previous) && previous.Revision > message.Revision)
            {
                violations.Add($"device {message.Device}: revision {message.Revision} ({message.HubMessageId}) arrived after revision {previous.Revision} ({previous.HubMessageId})");
            }

            lastRevision[message.Device] = message;
        }

        var byNode = deliveries.GroupBy(d => d.Node ?? "(none)", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new SinkAudit(sink.SubscriberId, missing, duplicates, unknown, malformed, violations, byNode);
    }
}
