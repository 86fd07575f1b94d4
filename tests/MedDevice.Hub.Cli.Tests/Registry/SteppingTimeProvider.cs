namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary>A clock whose timestamp moves <paramref name="step"/> on every reading, so periodic output happens on every check.</summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks);
}
