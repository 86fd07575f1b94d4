using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Refusals;

namespace MedDevice.Hub.Security;

/// <summary>
/// Deny by default: every endpoint must declare its operation (or be explicitly anonymous); the partner must
/// be authenticated (401) and hold a role the operation needs in the <see cref="OperationMatrix"/> (403). Answers are in
/// the protocol the endpoint declares (<see cref="RefusalResponses"/>).
/// </summary>
public sealed class OperationAuthorizationMiddleware(RequestDelegate next, OperationMatrix matrix)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<AnonymousMetadata>() is not null)
        {
            await next(context);
            return;
        }

        var operation = endpoint.Metadata.GetMetadata<OperationMetadata>()?.Operation;
        var partner = PartnerContext.Get(context);
        var refusal = partner is null ? HubRefusals.Unauthenticated()
            : operation is null || !matrix.IsAllowed(partner, operation) ? HubRefusals.Forbidden(partner.Id, operation ?? "this operation")
            : null;
        if (refusal is null)
        {
            await next(context);
            return;
        }

        // Every denial leaves a trace (X-Road does not log denied requests; we do).
        var actor = partner?.Id ?? AuditActors.Anonymous;
        var audit = operation == HubOperations.InboundPost
            ? InboundAudit.Denied(actor, context.GetRouteValue("feed") as string ?? "", refusal.Status, refusal.Code)
            : new AuditEvent(actor, operation ?? "undeclared", context.Request.Path.Value, AuditOutcomes.Denied,
                DetailsHash: AuditDetails.Hash([new("method", context.Request.Method), new("status", refusal.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        await context.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(audit);
        await RefusalResponses.WriteAsync(context, refusal);
    }
}
