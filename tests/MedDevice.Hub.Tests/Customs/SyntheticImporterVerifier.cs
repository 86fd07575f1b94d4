using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Customs;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>
/// A test double of the enterprise register behind the identity adapter: answers from the synthetic organisations
/// (active, suspended, closed; unknown codes not found), or fails while <see cref="Down"/> is set.
/// </summary>
public sealed class SyntheticImporterVerifier : IImporterVerifier
{
    private static readonly Dictionary<string, SyntheticOrganizationStatus> Register =
        SyntheticOrganizations.Take(2_000).ToDictionary(o => o.TaxCode, o => o.Status, StringComparer.Ordinal);

    /// <summary>While true every call fails, as an unreachable register would.</summary>
    public bool Down { get; set; }

    public Task<ImporterStatus> VerifyAsync(TaxCodeNumber taxCode, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("The enterprise register is unreachable.");
        }

        return Task.FromResult(Register.TryGetValue(taxCode.Canonical, out var status)
            ? status switch
            {
                SyntheticOrganizationStatus.Active => ImporterStatus.Active,
                SyntheticOrganizationStatus.Suspended => ImporterStatus.Suspended,
                _ => ImporterStatus.Closed,
            }
            : ImporterStatus.NotFound);
    }
}
