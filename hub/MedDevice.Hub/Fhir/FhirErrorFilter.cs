using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Fhir;

/// <summary>Turns every failure inside a FHIR endpoint into an OperationOutcome (the one place errors are answered).</summary>
public sealed partial class FhirErrorFilter(ILogger<FhirErrorFilter> logger) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (FhirFormats.Negotiate(context.HttpContext.Request) is null)
        {
            return FhirOutcomes.Error(406, OperationOutcome.IssueType.NotSupported,
                "The server answers in application/fhir+json or application/fhir+xml (ask with _format or Accept).");
        }

        try
        {
            return await next(context);
        }
        catch (FhirException ex)
        {
            return FhirOutcomes.From(ex);
        }
        catch (InvalidCursorException ex)
        {
            return FhirOutcomes.Error(400, OperationOutcome.IssueType.Invalid, ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            return FhirOutcomes.Error(ex.StatusCode, OperationOutcome.IssueType.Invalid, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailure(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value ?? "", ex);
            return FhirOutcomes.Error(500, OperationOutcome.IssueType.Exception, "The server failed to process the request; it was logged.");
        }
    }

    [LoggerMessage(EventId = LogEvents.FhirRequestFailed, Level = LogLevel.Error, Message = "FHIR {Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, string method, string path, Exception exception);
}
