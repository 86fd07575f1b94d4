namespace MedDevice.Sandbox.Chaos;

/// <summary>What the sandbox has served: calls (and batch items) and injected failures.</summary>
public sealed class SandboxStatistics
{
    private long _calls;
    private long _failures;

    /// <summary>Calls and batch items received.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Failures injected by the chaos settings.</summary>
    public long InjectedFailures => Interlocked.Read(ref _failures);

    internal void CountCall() => Interlocked.Increment(ref _calls);

    internal void CountFailure() => Interlocked.Increment(ref _failures);
}
