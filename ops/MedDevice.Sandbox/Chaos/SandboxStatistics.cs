namespace MedDevice.Sandbox.Chaos;

/// <summary>What the sandbox has served: calls (and batch items) and injected failures.</summary>
public sealed class SandboxStatistics
{
    private long _calls;
    private long _failures;
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Calls and batch items received.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Failures injected by the chaos settings.</summary>
    public long InjectedFailures => Interlocked.Read(ref _failures);

    /// <summary>The most calls that were waiting for their answer at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    internal void CountCall() => Interlocked.Increment(ref _calls);

    internal void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        var seen = Volatile.Read(ref _maxInFlight);
        while (now > seen && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
            seen = Volatile.Read(ref _maxInFlight);
        }
    }

    internal void Leave() => Interlocked.Decrement(ref _inFlight);

    internal void CountFailure() => Interlocked.Increment(ref _failures);
}
