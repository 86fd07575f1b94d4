using System.Globalization;
using MedDevice.Adapters.Refusals;

namespace MedDevice.Hub.Refusals;

/// <summary>
/// Answers a refusal of the shared pipeline in the protocol the request's endpoint declares (<see cref="RefusalProtocolMetadata"/>);
/// problem details where no endpoint matched or none is declared. The protocol is never guessed from the path.
/// </summary>
public static class RefusalResponses
{
    /// <summary>The writer for the request: its endpoint's, else <see cref="ProblemRefusalWriter"/>.</summary>
    public static IRefusalWriter WriterFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<RefusalProtocolMetadata>()?.Writer ?? ProblemRefusalWriter.Instance;
    }

    /// <summary>Sets <c>Retry-After</c> (whole seconds, at least 1) when the refusal has one, then lets the protocol write it.</summary>
    public static Task WriteAsync(HttpContext context, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.RetryAfter is { } after)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return WriterFor(context).WriteAsync(context.Response, refusal);
    }
}
