namespace MedDevice.Hub.Verification;

/// <summary>
/// The durable queue of organisation verifications the hub makes on its own (a registry or customs message names a
/// holder or importer). A queued check survives restarts and an identity service that is down: it is retried with
/// backoff until it has a verdict, which is then recorded on the Organization record, raises <c>actor.unverified</c>
/// when the organisation is not active, and is announced to every <see cref="IActorVerificationListener"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue: durable work items, claimed and retried.")]
public interface IActorVerificationQueue
{
    /// <summary>
    /// Queues the verification of an organisation; returns after the commit. Idempotent: the same tax code, reference
    /// and source message give the same queue id (call it again when a message is processed again). A 12-digit
    /// personal tax code is refused (<see cref="VerificationErrorCodes.PersonalTaxCodeNotQueued"/>): personal
    /// identifiers are never stored.
    /// </summary>
    /// <param name="taxCode">The organisation's tax code (10 digits, or a branch).</param>
    /// <param name="subjectReference">What named it, e.g. <c>Device/123</c>.</param>
    /// <param name="sourceMessageId">The hub message that named it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<ActorVerificationTicket> EnqueueOrganizationAsync(string taxCode, string? subjectReference, string? sourceMessageId, CancellationToken cancellationToken = default);
}
