using MedDevice.Hub.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MedDevice.Hub.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (storage reachable and migrated).</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the checks.</summary>
    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StorageReadyHealthCheck>("storage", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps the probes.</summary>
    public static IEndpointRouteBuilder MapHubHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnyone();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnyone();
        return endpoints;
    }
}
