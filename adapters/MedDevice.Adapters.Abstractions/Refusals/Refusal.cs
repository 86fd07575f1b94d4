namespace MedDevice.Adapters.Refusals;

/// <summary>A refusal made by the hub's shared pipeline, before or around an endpoint, as data.</summary>
/// <param name="Kind">Why: lets a protocol answer with its own published code.</param>
/// <param name="Status">The HTTP status (401, 403, 413, 429, 500, 504, …).</param>
/// <param name="Code">The hub's stable code (e.g. <c>HUB-IN-401</c>), used by protocols without codes of their own.</param>
/// <param name="Title">A short human summary (e.g. <c>Not authenticated</c>).</param>
/// <param name="Detail">The human explanation; never contains payload values or personal identifiers.</param>
public sealed record Refusal(RefusalKind Kind, int Status, string Code, string Title, string Detail)
{
    /// <summary>When the caller may try again (429, 503); the hub sends it as <c>Retry-After</c> before the writer runs.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
