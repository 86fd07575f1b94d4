namespace MedDevice.Hub.Storage.Verification;

/// <summary>A queued verification as stored.</summary>
/// <param name="Id">Queue id.</param>
/// <param name="Kind">What is verified, e.g. <c>organization</c>.</param>
/// <param name="SubjectKey">The subject, e.g. a tax code.</param>
/// <param name="SubjectReference">What named it (e.g. <c>Device/123</c>), or empty.</param>
/// <param name="SourceMessageId">The hub message that named it, or empty.</param>
/// <param name="State">Pending, verified or done.</param>
/// <param name="Attempts">Claims so far.</param>
/// <param name="Outcome">The verdict once verified (<c>active</c>, <c>suspended</c>, <c>closed</c>, <c>not-found</c>, <c>rejected</c>).</param>
/// <param name="RegisteredName">The registered name, when found.</param>
/// <param name="CheckedAt">When the register was consulted (Unix ms).</param>
/// <param name="LastError">Why the last attempt gave no verdict (redacted), or null.</param>
/// <param name="CreatedAt">Queue time (Unix ms).</param>
/// <param name="CompletedAt">When it was done (Unix ms).</param>
public sealed record ActorVerificationRecord(
    long Id,
    string Kind,
    string SubjectKey,
    string SubjectReference,
    string SourceMessageId,
    ActorVerificationState State,
    int Attempts,
    string? Outcome,
    string? RegisteredName,
    long? CheckedAt,
    string? LastError,
    long CreatedAt,
    long? CompletedAt);
