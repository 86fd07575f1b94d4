namespace MedDevice.Adapters.Health;

/// <summary>The health of an adapter's partner connection.</summary>
public enum AdapterHealthStatus
{
    /// <summary>The partner cannot be reached (down, refused, circuit open).</summary>
    Unhealthy = 0,

    /// <summary>The adapter works in a reduced way (e.g. not configured, or answering from cache only).</summary>
    Degraded = 1,

    /// <summary>The partner is reachable.</summary>
    Healthy = 2,
}
