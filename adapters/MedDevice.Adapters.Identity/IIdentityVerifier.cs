using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;

namespace MedDevice.Adapters.Identity;

/// <summary>
/// Verifies citizens and organisations against the population database / VNeID and the enterprise register.
/// Every method answers with data: a verification, or a failure whose kind says whether to ask again later
/// (<see cref="AdapterFailureKind.Unavailable"/>: never a verdict) or the request is wrong.
/// </summary>
public interface IIdentityVerifier
{
    /// <summary>Verifies one citizen.</summary>
    /// <param name="query">The claimed identity (personal data, in memory only).</param>
    /// <param name="context">Who asks, why, on what legal basis.</param>
    /// <param name="budget">The caller's deadline for the whole call, retries included; the adapter's budget when null.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    Task<AdapterResult<CitizenVerification>> VerifyCitizenAsync(CitizenQuery query, VerificationContext context, TimeSpan? budget = null, CancellationToken cancellationToken = default);

    /// <summary>Verifies one organisation.</summary>
    Task<AdapterResult<OrganizationVerification>> VerifyOrganizationAsync(OrganizationQuery query, VerificationContext context, TimeSpan? budget = null, CancellationToken cancellationToken = default);

    /// <summary>Verifies many over one stream; the answers are in the order of <paramref name="queries"/>.</summary>
    Task<IReadOnlyList<AdapterResult<IdentityVerification>>> VerifyBatchAsync(IReadOnlyList<IdentityQuery> queries, VerificationContext context, TimeSpan? budget = null, CancellationToken cancellationToken = default);
}
