using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Security;

namespace MedDevice.Hub.Audit;

/// <summary>
/// Audits every admin API call — the endpoint's name as action, the partner (or <c>anonymous</c>) as actor, and
/// allowed / denied / error from the response. Registered outermost, so refusals by the role check are audited too.
/// </summary>
public static class AdminAuditFilter
{
    /// <summary>The endpoint filter.</summary>
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var audit = http.RequestServices.GetRequiredService<IAuditTrail>();
        var partner = PartnerContext.Get(http);
        var action = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "admin.unknown";
        var target = http.Request.Path.Value + http.Request.QueryString.Value;
        var actor = partner?.Id ?? AuditActors.Anonymous;
        try
        {
            var result = await next(context);
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            var outcome = status is 401 or 403 ? AuditOutcomes.Denied : status < 400 ? AuditOutcomes.Allowed : AuditOutcomes.Error;
            await audit.RecordAsync(new AuditEvent(actor, action, target, outcome, DetailsHash: Details(http.Request.Method, status)));
            return result;
        }
        catch (Exception)
        {
            await audit.RecordAsync(new AuditEvent(actor, action, target, AuditOutcomes.Error, DetailsHash: Details(http.Request.Method, StatusCodes.Status500InternalServerError)));
            throw;
        }
    }

    private static string Details(string method, int status) =>
        AuditDetails.Hash([new("method", method), new("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
