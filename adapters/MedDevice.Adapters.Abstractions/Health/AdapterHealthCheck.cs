using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedDevice.Adapters.Health;

/// <summary>Bridges <see cref="IAdapter.CheckHealthAsync"/> to ASP.NET Core health checks.</summary>
internal sealed class AdapterHealthCheck(IAdapter adapter) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await adapter.CheckHealthAsync(cancellationToken);
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["name"] = adapter.Descriptor.Name,
            ["partnerRole"] = adapter.Descriptor.PartnerRole,
            ["version"] = adapter.Descriptor.Version,
            ["contract"] = adapter.Descriptor.Contract,
        };
        return new HealthCheckResult(health.Status switch
        {
            AdapterHealthStatus.Healthy => HealthStatus.Healthy,
            AdapterHealthStatus.Degraded => HealthStatus.Degraded,
            _ => HealthStatus.Unhealthy,
        }, health.Description, data: data);
    }
}
