using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Storage.Verification;

/// <summary>A verdict to record in one transaction: the queue row, the organisation record and, for an unverified organisation, the alert.</summary>
/// <param name="VerificationId">The queue row.</param>
/// <param name="TaxCode">The organisation's tax code (the record's key).</param>
/// <param name="Outcome">The verdict (<c>active</c>, <c>suspended</c>, <c>closed</c>, <c>not-found</c>, <c>rejected</c>).</param>
/// <param name="RegisteredName">The registered name, when found.</param>
/// <param name="CheckedAt">When the register was consulted (Unix ms).</param>
/// <param name="Resource">The FHIR Organization JSON; null leaves the organisation record alone (e.g. a rejected check).</param>
/// <param name="Alert">An internal inbox message to route (topic <c>actor.unverified</c>), or null.</param>
/// <param name="Now">Record time (Unix ms).</param>
public sealed record VerifiedOrganization(long VerificationId, string TaxCode, string Outcome, string? RegisteredName, long CheckedAt, byte[]? Resource, InboxEntry? Alert, long Now);
