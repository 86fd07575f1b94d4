namespace MedDevice.Adapters.Refusals;

/// <summary>Why the hub's shared pipeline refused a request; a protocol maps each kind to its own published codes.</summary>
public enum RefusalKind
{
    /// <summary>No or unknown credentials (401).</summary>
    Unauthenticated = 0,

    /// <summary>The partner may not perform the operation (403).</summary>
    Forbidden = 1,

    /// <summary>The body is larger than the hub accepts (413).</summary>
    TooLarge = 2,

    /// <summary>The partner's rate limit is exhausted (429, with <c>Retry-After</c>).</summary>
    Throttled = 3,

    /// <summary>The request took longer than the configured time-out (504).</summary>
    TimedOut = 4,

    /// <summary>The hub failed to process the request (500).</summary>
    Failed = 5,
}
