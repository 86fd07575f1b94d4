using System.Collections.Concurrent;
using MedDevice.Adapters.Identity;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Verification;

namespace MedDevice.Hub.Customs;

/// <summary>
/// The importer check through the identity adapter (enterprise register). An adapter that cannot answer (down, timed out,
/// circuit open) or refuses the request leaves the importer <see cref="ImporterStatus.Pending"/>: never a guess. Each lookup
/// that reached the register is in the audit trail (a personal tax code only as its pseudonym); cached answers are not
/// audited again. Concurrent checks of one importer (a burst of its declarations before the adapter's cache holds the
/// answer) share one register lookup and its one audit entry: a caller that gives up stops waiting, not the lookup, which
/// the adapter bounds by <see cref="CustomsOptions.ImporterTimeout"/>.
/// </summary>
public sealed class IdentityImporterVerifier(IIdentityVerifier identity, CustomsOptions options, IAuditTrail audit, Pseudonymizer pseudonymizer,
    HubMessageIdGenerator ids) : IImporterVerifier
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ImporterStatus>>> _lookups = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<ImporterStatus> VerifyAsync(TaxCodeNumber taxCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taxCode);
        // Lazy: the lookup starts once its entry is in the map, so it always finds (and removes) its own entry.
        var lookup = _lookups.GetOrAdd(taxCode.Canonical, _ => new Lazy<Task<ImporterStatus>>(() => LookUpAsync(taxCode)));
        return lookup.Value.WaitAsync(cancellationToken);
    }

    private async Task<ImporterStatus> LookUpAsync(TaxCodeNumber taxCode)
    {
        try
        {
            return await AskRegisterAsync(taxCode);
        }
        finally
        {
            _lookups.TryRemove(taxCode.Canonical, out _);
        }
    }

    private async Task<ImporterStatus> AskRegisterAsync(TaxCodeNumber taxCode)
    {
        var context = new VerificationContext(AuditActors.System, options.ImporterCheckPurpose, options.ImporterCheckLegalBasis, ids.Next());
        var result = await identity.VerifyOrganizationAsync(new OrganizationQuery(taxCode.Canonical), context, options.ImporterTimeout, CancellationToken.None);
        var status = result.Value is { } answer ? Of(answer.Standing) : ImporterStatus.Pending;
        if (result.Value is not { FromCache: true })
        {
            var target = taxCode.Kind == TaxCodeKind.Personal
                ? pseudonymizer.Pseudonymize(PersonalDataKind.PersonalId, taxCode.Canonical).Pseudonym ?? "psn:invalid"
                : taxCode.Canonical;
            var outcome = result.Value is { } verification ? VerificationOutcomes.Of(verification.Standing)
                : result.Failure!.Kind == AdapterFailureKind.Rejected ? VerificationOutcomes.Rejected : VerificationOutcomes.Pending;
            await audit.RecordAsync(VerificationAudit.Lookup(VerificationAudit.OrganizationAction, target, context, outcome, fromCache: false, result.Failure?.Code));
        }

        return status;
    }

    private static ImporterStatus Of(OrganizationStanding standing) => standing switch
    {
        OrganizationStanding.Active => ImporterStatus.Active,
        OrganizationStanding.Suspended => ImporterStatus.Suspended,
        OrganizationStanding.Closed => ImporterStatus.Closed,
        OrganizationStanding.NotFound => ImporterStatus.NotFound,
        _ => ImporterStatus.Pending,
    };
}
