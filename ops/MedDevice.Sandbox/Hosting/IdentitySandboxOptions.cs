using Grpc.Core;
using MedDevice.Sandbox.Data.People;

namespace MedDevice.Sandbox.Hosting;

/// <summary>The synthetic registers and the chaos of the identity sandbox.</summary>
public sealed class IdentitySandboxOptions
{
    /// <summary>Delay before every answer (each batch item too), in milliseconds.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Share of calls (and batch items) failed on purpose, 0 to 1.</summary>
    public double FailureRate { get; set; }

    /// <summary>The status of a failed call (Unavailable by default; e.g. Internal or ResourceExhausted for tests).</summary>
    public StatusCode FailureStatus { get; set; } = StatusCode.Unavailable;

    /// <summary>Seed of the failure draws; random when null.</summary>
    public int? Seed { get; set; }

    /// <summary>Ordinary citizens registered (the first N of the synthetic population); representatives always are.</summary>
    public int Citizens { get; set; } = SyntheticPeople.RepresentativeBase;

    /// <summary>Organisations registered (the first N synthetic organisations).</summary>
    public int Organizations { get; set; } = 100_000;
}
