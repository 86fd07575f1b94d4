using System.Globalization;
using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Refusals;

namespace MedDevice.Hub.Hardening;

/// <summary>
/// The last net under every endpoint: an exception that escapes it is logged and answered 500 in the endpoint's protocol,
/// and Kestrel's body cap reached by an endpoint that did not handle it is answered 413 the same way. Cancellations pass
/// through (the request time-out answers them); other bad-request exceptions keep the framework's own answer.
/// </summary>
public sealed partial class UnhandledErrorMiddleware(RequestDelegate next, InboundOptions inbound, ILogger<UnhandledErrorMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await RefusalResponses.WriteAsync(context, new Refusal(RefusalKind.TooLarge, StatusCodes.Status413PayloadTooLarge,
                HardeningErrorCodes.TooLarge, "Payload too large",
                string.Create(CultureInfo.InvariantCulture, $"The body exceeds {inbound.MaxBodyBytes} bytes.")));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not BadHttpRequestException && !context.Response.HasStarted)
        {
            // The endpoint's route pattern, never the path: paths can carry identifiers.
            LogFailed(logger, context.Request.Method, context.GetEndpoint()?.DisplayName ?? "no endpoint", ex);
            context.Response.Clear();
            await RefusalResponses.WriteAsync(context, new Refusal(RefusalKind.Failed, StatusCodes.Status500InternalServerError,
                HardeningErrorCodes.Unhandled, "Internal error", "The hub failed to process the request; it was logged."));
        }
    }

    [LoggerMessage(EventId = LogEvents.RequestFailed, Level = LogLevel.Error, Message = "Request {Method} {Endpoint} failed")]
    private static partial void LogFailed(ILogger logger, string method, string endpoint, Exception exception);
}
