using System.Text;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Security;
using Microsoft.Extensions.Options;

namespace MedDevice.Hub.Fhir;

/// <summary>Per-request helpers of the FHIR API: base URL, links, the partner and its interaction check.</summary>
public sealed class FhirRequestContext(IOptions<FhirOptions> options)
{
    /// <summary>The settings.</summary>
    public FhirOptions Options { get; } = options.Value;

    /// <summary>The API base URL (no trailing slash), e.g. <c>http://127.0.0.1:5080/fhir</c>.</summary>
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Options.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
    }

    /// <summary>A URL under the base with query parameters.</summary>
    public string Url(HttpRequest request, string path, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var url = new StringBuilder(BaseUrl(request)).Append('/').Append(path);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return url.ToString();
    }

    /// <summary>The authenticated partner, after checking it may perform the interaction (else a 403 FhirException).</summary>
    public static Partner Authorize(HttpContext context, string type, string interaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var partner = PartnerContext.Get(context) ?? throw new FhirException(401, Hl7.Fhir.Model.OperationOutcome.IssueType.Login, "Not authenticated.");
        return FhirAccess.IsAllowed(partner, type, interaction)
            ? partner
            : throw new FhirException(403, Hl7.Fhir.Model.OperationOutcome.IssueType.Forbidden, $"Partner '{partner.Id}' may not perform '{type}:{interaction}'.");
    }
}
