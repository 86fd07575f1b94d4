using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedDevice.Adapters.Health;

/// <summary>
/// Writes the adapter health report as JSON: <c>{"status":"Unhealthy","adapters":[{"name","partnerRole","version",
/// "contract","status","description"}]}</c>. Use as the <c>ResponseWriter</c> of the <c>/health/adapters</c> endpoint.
/// </summary>
public static class AdapterHealthResponse
{
    /// <summary>Writes <paramref name="report"/> to the response.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var adapters = report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(entry => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = entry.Value.Data.GetValueOrDefault("name") ?? entry.Key,
            ["partnerRole"] = entry.Value.Data.GetValueOrDefault("partnerRole"),
            ["version"] = entry.Value.Data.GetValueOrDefault("version"),
            ["contract"] = entry.Value.Data.GetValueOrDefault("contract"),
            ["status"] = entry.Value.Status.ToString(),
            ["description"] = entry.Value.Description,
        }).ToList();
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["status"] = report.Status.ToString(),
            ["adapters"] = adapters,
        }));
    }
}
