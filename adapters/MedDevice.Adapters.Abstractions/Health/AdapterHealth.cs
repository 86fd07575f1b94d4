namespace MedDevice.Adapters.Health;

/// <summary>An adapter's health with a short explanation (no secrets, no personal data).</summary>
/// <param name="Status">Healthy, degraded or unhealthy.</param>
/// <param name="Description">Why, e.g. <c>endpoint reachable</c>, <c>circuit open</c>.</param>
public sealed record AdapterHealth(AdapterHealthStatus Status, string Description)
{
    /// <summary>A healthy result.</summary>
    public static AdapterHealth Healthy(string description) => new(AdapterHealthStatus.Healthy, description);

    /// <summary>A degraded result.</summary>
    public static AdapterHealth Degraded(string description) => new(AdapterHealthStatus.Degraded, description);

    /// <summary>An unhealthy result.</summary>
    public static AdapterHealth Unhealthy(string description) => new(AdapterHealthStatus.Unhealthy, description);
}
