using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Refusals;

namespace MedDevice.Hub.Customs;

/// <summary>Refusals of the shared pipeline as SOAP 1.1 Faults with the customs contract's codes, carried by the customs endpoints.</summary>
public sealed class SoapRefusalWriter : IRefusalWriter
{
    /// <summary>The SOAP wording of a 401.</summary>
    public const string UnauthenticatedReason =
        "Not authenticated: present a registered client certificate, or send 'Authorization: ApiKey <key>' where API keys are accepted.";

    /// <summary>The writer.</summary>
    public static SoapRefusalWriter Instance { get; } = new();

    /// <inheritdoc />
    public Task WriteAsync(HttpResponse response, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(refusal);
        var fault = refusal.Kind switch
        {
            RefusalKind.Unauthenticated => new CustomsFault(CustomsFaultCodes.Unauthenticated, UnauthenticatedReason, CustomsFaultKind.Client, refusal.Status),
            RefusalKind.Forbidden => new CustomsFault(CustomsFaultCodes.Forbidden, refusal.Detail, CustomsFaultKind.Client, refusal.Status),
            RefusalKind.TooLarge => new CustomsFault(CustomsFaultCodes.TooLarge, refusal.Detail, CustomsFaultKind.Client, refusal.Status),
            RefusalKind.Throttled => new CustomsFault(CustomsFaultCodes.Throttled, refusal.Detail, CustomsFaultKind.Server, refusal.Status),
            RefusalKind.Failed => new CustomsFault(CustomsFaultCodes.ServerError, refusal.Detail, CustomsFaultKind.Server, refusal.Status),
            // No customs code of its own (e.g. the request time-out): the hub's code, as a server fault.
            _ => new CustomsFault(refusal.Code, refusal.Detail, CustomsFaultKind.Server, refusal.Status),
        };
        return SoapResults.Fault(fault, null).ExecuteAsync(response.HttpContext);
    }
}
