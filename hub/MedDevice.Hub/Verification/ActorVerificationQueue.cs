using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Storage.Verification;

namespace MedDevice.Hub.Verification;

/// <summary>The queue over <see cref="ActorVerificationStore"/>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue: durable work items, claimed and retried.")]
public sealed class ActorVerificationQueue(ActorVerificationStore store, VerificationWorkSignal signal, TimeProvider time) : IActorVerificationQueue
{
    /// <summary>The queue row kind of organisations.</summary>
    public const string OrganizationKind = "organization";

    /// <inheritdoc />
    public async Task<ActorVerificationTicket> EnqueueOrganizationAsync(string taxCode, string? subjectReference, string? sourceMessageId, CancellationToken cancellationToken = default)
    {
        var (row, refusal) = Organization(taxCode, subjectReference, sourceMessageId, time.GetUtcNow().ToUnixTimeMilliseconds());
        if (row is null)
        {
            return refusal!;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var queued = await store.EnqueueAsync(row);
        if (queued.IsNew)
        {
            signal.Queued.Notify();
        }

        return new ActorVerificationTicket(queued.Id, queued.IsNew, null, null);
    }

    /// <summary>
    /// The queue row for an organisation's verification, or the refusal: an invalid tax code, or a 12-digit personal one
    /// (personal identifiers are never stored). Pure, so a caller can queue it in its own transaction.
    /// </summary>
    public static (NewActorVerification? Row, ActorVerificationTicket? Refusal) Organization(string taxCode, string? subjectReference, string? sourceMessageId, long now)
    {
        var parsed = TaxCodeParser.Parse(taxCode);
        if (!parsed.Ok)
        {
            return (null, new ActorVerificationTicket(null, false, VerificationErrorCodes.InvalidTaxCode,
                "The tax code is not valid" + (parsed.Errors.Count > 0 ? $" ({parsed.Errors[0].Code})." : ".")));
        }

        if (parsed.Value!.Kind == TaxCodeKind.Personal)
        {
            return (null, new ActorVerificationTicket(null, false, VerificationErrorCodes.PersonalTaxCodeNotQueued,
                "A 12-digit tax code is a personal identification number: it is never queued; verify the person through the verdict API."));
        }

        return (new NewActorVerification(OrganizationKind, parsed.Value.Canonical, subjectReference ?? "", sourceMessageId ?? "", now), null);
    }
}
