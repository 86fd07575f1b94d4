using Microsoft.AspNetCore.Http;

namespace MedDevice.Adapters.Refusals;

/// <summary>
/// How refusals look in one protocol (problem details, FHIR OperationOutcome, SOAP Fault, …). A route group carries
/// its writer as <see cref="RefusalProtocolMetadata"/> (<see cref="RefusalEndpointExtensions.WithRefusals{TBuilder}"/>),
/// and the hub's shared authentication, authorisation, rate limiting, limits and error handling answer through it.
/// </summary>
public interface IRefusalWriter
{
    /// <summary>
    /// Writes the status, content type and body of <paramref name="refusal"/> (the hub has already set <c>Retry-After</c>).
    /// Exceptions propagate to the hub.
    /// </summary>
    Task WriteAsync(HttpResponse response, Refusal refusal);
}
