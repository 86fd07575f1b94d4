using System.Diagnostics;
using MedDevice.Hub.EndToEnd.Infrastructure;
using MedDevice.Testing.Polling;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>Bounded waits for the hub to finish its work.</summary>
public static class DeliveryWait
{
    /// <summary>Waits until every acknowledged message reached every sink (fails naming what is missing); returns the elapsed time.</summary>
    public static async Task<TimeSpan> AllDeliveredAsync(MessagePlan plan, IReadOnlyList<SinkServer> sinks, TimeSpan timeout)
    {
        var keys = plan.Messages.Where(m => m.HubMessageId is not null).Select(m => m.HubMessageId!).ToList();
        var watch = Stopwatch.StartNew();
        await Eventually.UntilAsync(
            () => Task.FromResult(sinks.Select(s => (s.SubscriberId, Missing: keys.Count(id => !s.HasReceived($"{id}:{s.SubscriberId}")))).ToList()),
            missing => missing.TrueForAll(m => m.Missing == 0),
            "every acknowledged message at every sink (missing per sink)",
            timeout);
        return watch.Elapsed;
    }
}
