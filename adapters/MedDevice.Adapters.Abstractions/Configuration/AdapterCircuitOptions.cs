namespace MedDevice.Adapters.Configuration;

/// <summary>
/// The circuit breaker: when at least <see cref="FailureRatio"/> of the attempts within <see cref="SamplingDuration"/>
/// failed transiently (and there were at least <see cref="MinimumThroughput"/>), calls are refused at once for
/// <see cref="BreakDuration"/>; then one probe decides whether the circuit closes again.
/// </summary>
public sealed class AdapterCircuitOptions
{
    /// <summary>Share of failed attempts that opens the circuit.</summary>
    public double FailureRatio { get; set; } = AdapterDefaults.FailureRatio;

    /// <summary>Attempts needed in the window before the ratio counts.</summary>
    public int MinimumThroughput { get; set; } = AdapterDefaults.MinimumThroughput;

    /// <summary>The sliding window.</summary>
    public TimeSpan SamplingDuration { get; set; } = AdapterDefaults.SamplingDuration;

    /// <summary>How long an open circuit refuses calls.</summary>
    public TimeSpan BreakDuration { get; set; } = AdapterDefaults.BreakDuration;
}
