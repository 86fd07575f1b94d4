namespace MedDevice.Hub.Verification;

/// <summary>
/// The body of <c>POST /api/v1/verify/actor</c>: a person (<see cref="PersonalId"/>, <see cref="FullName"/>,
/// <see cref="BirthDate"/>) or an organisation (<see cref="TaxCode"/>, optionally <see cref="LegalRepresentativeId"/>),
/// with the purpose and legal basis of the lookup. Personal data: never logged, never stored.
/// </summary>
public sealed class VerifyActorRequest
{
    /// <summary>12-digit personal identification number (số định danh cá nhân).</summary>
    public string? PersonalId { get; set; }

    /// <summary>Full name (họ và tên) as claimed.</summary>
    public string? FullName { get; set; }

    /// <summary>Birth date (ngày sinh), <c>yyyy-MM-dd</c>.</summary>
    public string? BirthDate { get; set; }

    /// <summary>Tax code (mã số thuế) of an organisation.</summary>
    public string? TaxCode { get; set; }

    /// <summary>Optional: the claimed legal representative's personal ID.</summary>
    public string? LegalRepresentativeId { get; set; }

    /// <summary>Purpose code, e.g. <c>seller-onboarding</c>.</summary>
    public string? Purpose { get; set; }

    /// <summary>Legal basis, e.g. <c>Decree 13/2023/ND-CP art. 17</c>.</summary>
    public string? LegalBasis { get; set; }
}
