using MedDevice.Adapters.Customs.Faults;

namespace MedDevice.Hub.Customs;

/// <summary>SOAP 1.1 answers of the <c>/soap</c> endpoints: messages and faults, and the protocol test of a request.</summary>
public static class SoapResults
{
    /// <summary>The SOAP 1.1 content type.</summary>
    public const string ContentType = SoapFaultWriter.ContentType;

    /// <summary>True for requests under <c>/soap</c>: refusals are answered with SOAP Faults.</summary>
    public static bool IsSoapRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/soap", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A SOAP message (200).</summary>
    public static IResult Message(byte[] body) => new SoapResult(body, StatusCodes.Status200OK);

    /// <summary>A SOAP Fault with the fault's HTTP status.</summary>
    public static IResult Fault(CustomsFault fault, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return new SoapResult(SoapFaultWriter.Write(fault, messageId), fault.HttpStatus);
    }

    /// <summary>401 as a SOAP Fault.</summary>
    public static IResult Unauthenticated() => Fault(new CustomsFault(CustomsFaultCodes.Unauthenticated,
        "Not authenticated: present a registered client certificate, or send 'Authorization: ApiKey <key>' where API keys are accepted.",
        CustomsFaultKind.Client, StatusCodes.Status401Unauthorized), null);

    /// <summary>429 (the partner's rate limit) as a SOAP Fault; the caller sets <c>Retry-After</c>.</summary>
    public static IResult Throttled() => Fault(new CustomsFault(CustomsFaultCodes.Throttled,
        "The partner's request rate limit is exhausted; retry after the indicated delay.", CustomsFaultKind.Server, StatusCodes.Status429TooManyRequests), null);

    /// <summary>403 as a SOAP Fault.</summary>
    public static IResult Forbidden(string partnerId, string operation) => Fault(new CustomsFault(CustomsFaultCodes.Forbidden,
        $"Partner '{partnerId}' may not perform '{operation}'.", CustomsFaultKind.Client, StatusCodes.Status403Forbidden), null);
}
