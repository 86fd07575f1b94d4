using MedDevice.Adapters.Health;
using MedDevice.Hub.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MedDevice.Hub.Health;

/// <summary>
/// <c>/health/adapters</c>: every adapter's partner connection (200 when all are healthy or degraded, 503 when one is
/// down). Separate from <c>/health/ready</c> on purpose: the hub stays ready while a partner is down.
/// </summary>
public static class AdapterHealthEndpoints
{
    /// <summary>Maps the probe.</summary>
    public static IEndpointRouteBuilder MapAdapterHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/adapters", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(AdapterHealthTags.Adapter),
            ResponseWriter = AdapterHealthResponse.WriteAsync,
        }).AllowAnyone();
        return endpoints;
    }
}
