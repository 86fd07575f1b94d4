using MedDevice.Hub.Partners;

namespace MedDevice.Hub.Security;

/// <summary>
/// Finds the partner behind a request: the client certificate of a mutual-TLS connection first, then
/// (where accepted) the API key. It never rejects: endpoints decide, in their own protocol.
/// </summary>
public sealed class PartnerAuthenticationMiddleware(RequestDelegate next, PartnerDirectoryProvider partners, SecurityOptions options)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var partner = partners.Current.AuthenticateCertificate(context.Connection.ClientCertificate);
        if (partner is null && options.ApiKeysAccepted)
        {
            partner = partners.Current.Authenticate(context.Request.Headers.Authorization);
        }

        if (partner is not null)
        {
            PartnerContext.Set(context, partner);
        }

        await next(context);
    }
}
