namespace MedDevice.Hub.Core.Audit;

/// <summary>
/// One thing to record, before it has a place in the chain. <paramref name="DetailsHash"/> is the SHA-256 of the
/// canonical details (see <see cref="AuditDetails"/>): the details themselves are not kept, as they may hold personal data.
/// </summary>
/// <param name="Actor">Partner id, or <c>system</c>, <c>operator</c>, <c>anonymous</c>.</param>
/// <param name="Action">What was attempted, e.g. <c>inbound.deny</c> (see <see cref="AuditActions"/>).</param>
/// <param name="Target">What it was attempted on (feed, dead letter id, partner id), or null.</param>
/// <param name="Outcome"><c>allowed</c>, <c>denied</c> or <c>error</c> (see <see cref="AuditOutcomes"/>).</param>
/// <param name="Purpose">Purpose of a personal-data access, or null.</param>
/// <param name="LegalBasis">Legal basis of a personal-data access, or null.</param>
/// <param name="DetailsHash">Hex SHA-256 of the canonical details, or null.</param>
public sealed record AuditEvent(
    string Actor,
    string Action,
    string? Target,
    string Outcome,
    string? Purpose = null,
    string? LegalBasis = null,
    string? DetailsHash = null);
