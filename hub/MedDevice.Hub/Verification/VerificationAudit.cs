using System.Globalization;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Hub.Core.Audit;

namespace MedDevice.Hub.Verification;

/// <summary>
/// The lawful trail of identity lookups: who asked (actor), what about (target: a pseudonym for a person, the tax code
/// for an organisation), purpose, legal basis and the verdict as outcome. Never a raw ID, name or birth date; the
/// request id, cache use and failure code are kept only as the details hash.
/// </summary>
public static class VerificationAudit
{
    /// <summary>Action of a citizen lookup.</summary>
    public const string CitizenAction = "identity.verify.citizen";

    /// <summary>Action of an organisation lookup.</summary>
    public const string OrganizationAction = "identity.verify.organization";

    /// <summary>The entry of one lookup.</summary>
    /// <param name="action"><see cref="CitizenAction"/> or <see cref="OrganizationAction"/>.</param>
    /// <param name="target">The subject's pseudonym (person) or tax code (organisation).</param>
    /// <param name="context">Who asked, why, on what basis, and the request id.</param>
    /// <param name="outcome">A <see cref="VerificationOutcomes"/> word.</param>
    /// <param name="fromCache">True when answered from the adapter's cache.</param>
    /// <param name="failureCode">The adapter failure code of a pending or rejected lookup.</param>
    public static AuditEvent Lookup(string action, string target, VerificationContext context, string outcome, bool fromCache, string? failureCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AuditEvent(context.RequestingPartner, action, target, outcome, context.Purpose, context.LegalBasis,
            AuditDetails.Hash([
                new("requestId", context.RequestId),
                new("fromCache", fromCache.ToString(CultureInfo.InvariantCulture)),
                new("failure", failureCode),
            ]));
    }
}
