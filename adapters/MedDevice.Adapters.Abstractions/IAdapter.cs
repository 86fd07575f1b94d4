using MedDevice.Adapters.Description;
using MedDevice.Adapters.Health;

namespace MedDevice.Adapters;

/// <summary>
/// The part of the adapter contract the host sees for every adapter: what it is and whether its partner is
/// reachable. The adapter's own service interface (e.g. an identity verifier) is what the hub calls.
/// </summary>
public interface IAdapter
{
    /// <summary>What the adapter is (name, partner role, version, contract).</summary>
    AdapterDescriptor Descriptor { get; }

    /// <summary>
    /// Whether the partner can be reached now. Never throws and returns within the adapter's call timeout: a
    /// partner that is down is <see cref="AdapterHealthStatus.Unhealthy"/>, an adapter without an endpoint
    /// <see cref="AdapterHealthStatus.Degraded"/>.
    /// </summary>
    Task<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
