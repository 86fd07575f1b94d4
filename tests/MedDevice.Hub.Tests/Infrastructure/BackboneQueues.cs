using System.Globalization;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>
/// The host's backbone at rest: every accepted message processed and every delivery delivered or dead. Once settled,
/// nothing more reaches a subscriber unless something new is accepted, so a test can count what arrived instead of
/// waiting a while to see that nothing else does.
/// </summary>
public static class BackboneQueues
{
    /// <summary>Waits (bounded) until the backbone is settled; returns the per-subscriber figures then.</summary>
    public static async Task<IReadOnlyList<QueueStats>> UntilSettledAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<DeliveryStore>();
        var backlog = await Eventually.UntilAsync(
            async () => new Backlog(await store.CountUnprocessedAsync(CancellationToken.None), await store.GetQueueStatsAsync(CancellationToken.None)),
            static b => b.Settled,
            "the backbone to settle (nothing unprocessed, no open delivery)");
        return backlog.Queues;
    }

    private sealed record Backlog(long Unprocessed, IReadOnlyList<QueueStats> Queues)
    {
        public bool Settled => Unprocessed == 0 && Queues.All(q => q.Depth == 0);

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Unprocessed} unprocessed; open deliveries: {string.Join(", ", Queues.Select(q => $"{q.SubscriberId}={q.Depth}"))}");
    }
}
