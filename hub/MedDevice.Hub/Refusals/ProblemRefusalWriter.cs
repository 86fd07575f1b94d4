using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Inbound;

namespace MedDevice.Hub.Refusals;

/// <summary>Refusals as JSON problem details with the hub's code: the REST API's protocol and the default.</summary>
public sealed class ProblemRefusalWriter : IRefusalWriter
{
    /// <summary>The writer.</summary>
    public static ProblemRefusalWriter Instance { get; } = new();

    /// <inheritdoc />
    public Task WriteAsync(HttpResponse response, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(refusal);
        return Problems.Create(refusal.Status, refusal.Code, refusal.Title, refusal.Detail).ExecuteAsync(response.HttpContext);
    }
}
