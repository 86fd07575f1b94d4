namespace MedDevice.Hub.Verification;

/// <summary>A queued organisation verification that has its verdict (given to every <see cref="IActorVerificationListener"/>).</summary>
/// <param name="VerificationId">The queue id (stable: use it to make a listener idempotent).</param>
/// <param name="TaxCode">The organisation's tax code.</param>
/// <param name="SubjectReference">What named it, e.g. <c>Device/123</c>; null for none.</param>
/// <param name="SourceMessageId">The hub message that named it; null for none.</param>
/// <param name="Outcome"><c>active</c>, <c>suspended</c>, <c>closed</c>, <c>not-found</c> or <c>rejected</c> (see <see cref="VerificationOutcomes"/>).</param>
/// <param name="RegisteredName">The registered name, when found.</param>
/// <param name="CheckedAt">When the register was consulted.</param>
/// <param name="OrganizationId">The FHIR id of the Organization record (<c>tax-…</c>); null for a rejected check (no record).</param>
public sealed record ActorVerificationCompleted(
    long VerificationId,
    string TaxCode,
    string? SubjectReference,
    string? SourceMessageId,
    string Outcome,
    string? RegisteredName,
    DateTimeOffset CheckedAt,
    string? OrganizationId)
{
    /// <summary>True when the organisation is registered and active.</summary>
    public bool Verified => Outcome == VerificationOutcomes.Active;
}
