using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>Switches sinks between up, slow, 503 and flapping at random (seeded) until stopped, then leaves them up.</summary>
public static class SinkChaos
{
    private static readonly SinkMode[] Modes = [SinkMode.Up, SinkMode.Up, SinkMode.Slow, SinkMode.Unavailable, SinkMode.Flapping];

    /// <summary>Runs until <paramref name="stop"/> is cancelled; returns how many switches it made.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<SinkServer> sinks, int seed, TimeSpan period, CancellationToken stop)
    {
        var random = new Random(seed);
        var switches = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var sink in sinks)
                {
                    sink.Mode = Modes[random.Next(Modes.Length)];
                    switches++;
                }

                await Task.Delay(period, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        foreach (var sink in sinks)
        {
            sink.Mode = SinkMode.Up;
        }

        return switches;
    }
}
