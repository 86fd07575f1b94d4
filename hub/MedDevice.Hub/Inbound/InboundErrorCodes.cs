namespace MedDevice.Hub.Inbound;

/// <summary>Codes of the inbound contract's refusals.</summary>
public static class InboundErrorCodes
{
    /// <summary>No such feed (404).</summary>
    public const string UnknownFeed = "HUB-IN-404";

    /// <summary>No or invalid API key (401).</summary>
    public const string Unauthenticated = "HUB-IN-401";

    /// <summary>The partner may not post to this feed (403).</summary>
    public const string Forbidden = "HUB-IN-403";

    /// <summary>Idempotency-Key header missing or too long (400).</summary>
    public const string MissingIdempotencyKey = "HUB-IN-400";

    /// <summary>Body too large (413).</summary>
    public const string TooLarge = "HUB-IN-413";

    /// <summary>The same Idempotency-Key with a different body (409).</summary>
    public const string KeyReused = "HUB-IN-409";

    /// <summary>Invalid payload (422); the feed's own codes are listed in <c>errors</c>.</summary>
    public const string InvalidPayload = "HUB-IN-422";

    /// <summary>Empty body (422).</summary>
    public const string EmptyBody = "HUB-IN-422-EMPTY";
}
