using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Adapters.Identity.Model;

/// <summary>An organisation to verify by tax code, optionally with its claimed legal representative's personal ID.</summary>
/// <param name="TaxCode">10 digits, 10-3 digits (branch) or 12 digits (an individual's code).</param>
/// <param name="LegalRepresentativeId">The claimed legal representative's 12-digit personal ID, or null.</param>
public sealed record OrganizationQuery(string TaxCode, string? LegalRepresentativeId = null) : IdentityQuery
{
    /// <summary>Masked where personal (12-digit codes, the representative's ID).</summary>
    public override string ToString() =>
        $"OrganizationQuery({(TaxCode?.Length == 12 ? PersonalIdMasking.Mask(TaxCode) : TaxCode)}{(LegalRepresentativeId is null ? "" : ", representative " + PersonalIdMasking.Mask(LegalRepresentativeId))})";
}
