namespace MedDevice.Hub.Storage.Verification;

/// <summary>A verification to queue. Only non-personal subjects are queued (organisation tax codes), never personal IDs.</summary>
/// <param name="Kind">What is verified, e.g. <c>organization</c>.</param>
/// <param name="SubjectKey">The canonical subject, e.g. a 10-digit tax code.</param>
/// <param name="SubjectReference">What named it, e.g. <c>Device/123</c>; empty for none.</param>
/// <param name="SourceMessageId">The hub message that named it; empty for none.</param>
/// <param name="Now">Queue time (Unix ms); due at once.</param>
public sealed record NewActorVerification(string Kind, string SubjectKey, string SubjectReference, string SourceMessageId, long Now);
