using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Inbound;

namespace MedDevice.Hub.Security;

/// <summary>The refusals of the shared security, with the hub's codes; each protocol writes them its own way.</summary>
public static class HubRefusals
{
    /// <summary>The code of a rate-limit refusal (429).</summary>
    public const string ThrottledCode = "HUB-RATE-429";

    /// <summary>401: no or unknown credentials.</summary>
    public static Refusal Unauthenticated() => new(RefusalKind.Unauthenticated, StatusCodes.Status401Unauthorized,
        InboundErrorCodes.Unauthenticated, "Not authenticated",
        "Present a registered client certificate, or send 'Authorization: ApiKey <key>' where API keys are accepted.");

    /// <summary>403: the partner may not perform the operation.</summary>
    public static Refusal Forbidden(string partnerId, string operation) => new(RefusalKind.Forbidden, StatusCodes.Status403Forbidden,
        InboundErrorCodes.Forbidden, "Forbidden", $"Partner '{partnerId}' may not perform '{operation}'.");

    /// <summary>429: the partner's rate limit is exhausted; <c>Retry-After</c> follows.</summary>
    public static Refusal Throttled(TimeSpan retryAfter) => new(RefusalKind.Throttled, StatusCodes.Status429TooManyRequests,
        ThrottledCode, "Too many requests", "The partner's request rate limit is exhausted; retry after the indicated delay.")
    {
        RetryAfter = retryAfter,
    };
}
