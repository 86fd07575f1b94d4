namespace MedDevice.Hub.Core.Identifiers.Registration;

/// <summary>A parsed registration number (số lưu hành, NĐ 98/2021 Điều 21).</summary>
/// <param name="Canonical">Canonical form: upper case, <c>Đ</c>, no spaces (e.g. <c>2502433ĐKLH/BYT-HTTB</c>).</param>
/// <param name="Form">Which written form it is.</param>
/// <param name="Year">Year of issue (20YY), or null when the form carries none (legacy import licence).</param>
/// <param name="Sequence">The sequence digits as written (leading zeros kept).</param>
/// <param name="Issuer">The issuing authority: a province health department code (<c>HCM</c>, <c>HN</c>…) or <c>BYT</c> (Ministry of Health).</param>
/// <param name="Classes">The risk classes the form is compatible with.</param>
public sealed record RegistrationNumber(
    string Canonical,
    RegistrationNumberForm Form,
    int? Year,
    string Sequence,
    string Issuer,
    DeviceRiskClasses Classes)
{
    /// <inheritdoc />
    public override string ToString() => Canonical;
}
