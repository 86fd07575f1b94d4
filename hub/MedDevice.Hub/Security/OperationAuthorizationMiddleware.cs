using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Inbound;

namespace MedDevice.Hub.Security;

/// <summary>
/// Deny by default: every endpoint must declare its operation (or be explicitly anonymous); the partner must
/// be authenticated (401) and hold a role the operation needs (403). Answers are in the endpoint's protocol:
/// OperationOutcome under <c>/fhir</c>, a SOAP 1.1 Fault under <c>/soap</c>, problem details elsewhere.
/// </summary>
public sealed class OperationAuthorizationMiddleware(RequestDelegate next)
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
        IResult? refusal = null;
        var fhir = Fhir.FhirOutcomes.IsFhirRequest(context);
        var soap = Customs.SoapResults.IsSoapRequest(context);
        if (partner is null)
        {
            refusal = fhir ? Fhir.FhirOutcomes.Unauthenticated()
                : soap ? Customs.SoapResults.Unauthenticated()
                : Problems.Create(401, InboundErrorCodes.Unauthenticated, "Not authenticated",
                    "Present a registered client certificate, or send 'Authorization: ApiKey <key>' where API keys are accepted.");
        }
        else if (operation is null || !IsAllowed(partner, operation))
        {
            refusal = fhir ? Fhir.FhirOutcomes.Forbidden(partner.Id, operation ?? "this operation")
                : soap ? Customs.SoapResults.Forbidden(partner.Id, operation ?? "this operation")
                : Problems.Create(403, InboundErrorCodes.Forbidden, "Forbidden", $"Partner '{partner.Id}' may not perform '{operation ?? "this operation"}'.");
        }

        if (refusal is not null)
        {
            // Every denial leaves a trace (X-Road does not log denied requests; we do).
            var status = partner is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            var actor = partner?.Id ?? AuditActors.Anonymous;
            var audit = operation == HubOperations.InboundPost
                ? InboundAudit.Denied(actor, context.GetRouteValue("feed") as string ?? "", status,
                    partner is null ? InboundErrorCodes.Unauthenticated : InboundErrorCodes.Forbidden)
                : new AuditEvent(actor, operation ?? "undeclared", context.Request.Path.Value, AuditOutcomes.Denied,
                    DetailsHash: AuditDetails.Hash([new("method", context.Request.Method), new("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
            await context.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(audit);
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>True when the partner holds one of the roles the operation needs (none needed = any partner).</summary>
    public static bool IsAllowed(Partners.Partner partner, string operation)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var roles = HubOperations.RolesFor(operation);
        return roles.Count == 0 || roles.Any(partner.HasRole);
    }
}
