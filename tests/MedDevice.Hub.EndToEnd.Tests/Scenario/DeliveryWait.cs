using System.Diagnostics;
using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>Bounded waits for the hub to finish its work.</summary>
public static class DeliveryWait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits until every acknowledged message reached every sink, or the timeout; returns the elapsed time.</summary>
    public static async Task<TimeSpan> AllDeliveredAsync(MessagePlan plan, IReadOnlyList<SinkServer> sinks, TimeSpan timeout)
    {
        var keys = plan.Messages.Where(m => m.HubMessageId is not null).Select(m => m.HubMessageId!).ToList();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout && !sinks.All(s => keys.TrueForAll(id => s.HasReceived($"{id}:{s.SubscriberId}"))))
        {
            await Task.Delay(Poll);
        }

        return watch.Elapsed;
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the timeout; returns whether it held.</summary>
    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout) => UntilAsync(() => Task.FromResult(condition()), timeout);

    /// <summary>Waits until <paramref name="condition"/> holds or the timeout; returns whether it held.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        return true;
    }
}
