using System.Globalization;
using System.Text.RegularExpressions;

namespace MedDevice.Hub.Core.Identifiers.Registration;

/// <summary>
/// Parses registration numbers (số lưu hành) in the forms observed on declarations and certificates.
/// Accepts <c>Đ</c>, <c>D</c> or <c>đ</c> in <c>ĐKLH</c>, lower case and stray spaces; returns one canonical form.
/// </summary>
public static partial class RegistrationNumberParser
{
    /// <summary>No known form is longer; longer input is rejected before matching.</summary>
    internal const int MaxLength = 40;

    private const string MinistryOfHealth = "BYT";

    /// <summary>Parses one registration number.</summary>
    public static IdentifierResult<RegistrationNumber> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentifierResult<RegistrationNumber>.Failure(RegistrationErrorCodes.Empty, "The registration number is empty.");
        }

        if (text.Length > MaxLength * 2)
        {
            return TooLong();
        }

        // U+00D0 (Icelandic eth) looks like Đ and turns up in pasted documents.
        var compact = IdentifierText.Compact(text).Replace('\u00D0', 'Đ');
        if (compact.Length > MaxLength)
        {
            return TooLong();
        }

        var parsed = MatchDeclaration(compact) ?? MatchCertificate(compact) ?? MatchImportLicence(compact);
        if (parsed is null)
        {
            return IdentifierResult<RegistrationNumber>.Failure(
                RegistrationErrorCodes.UnknownForm,
                "Not a known registration number form (YY+7 digits/PCBA-xx, /PCBB-xx, YY+5 digits ĐKLH/BYT-TB-CT or ĐKLH/BYT-HTTB, nNK/BYT-TB-CT).");
        }

        if (!parsed.Sequence.AsSpan().ContainsAnyExcept('0'))
        {
            var position = parsed.Year is null ? 0 : 2;
            return IdentifierResult<RegistrationNumber>.Failure(
                RegistrationErrorCodes.ZeroSequence, "The sequence number is all zeros.", position, parsed);
        }

        return IdentifierResult<RegistrationNumber>.Success(parsed);
    }

    private static IdentifierResult<RegistrationNumber> TooLong() =>
        IdentifierResult<RegistrationNumber>.Failure(
            RegistrationErrorCodes.TooLong, $"A registration number has at most {MaxLength} characters.");

    private static RegistrationNumber? MatchDeclaration(string compact)
    {
        var match = DeclarationPattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var classA = match.Groups["cls"].ValueSpan[0] == 'A';
        var yy = match.Groups["yy"].Value;
        var sequence = match.Groups["seq"].Value;
        var issuer = match.Groups["issuer"].Value;
        return new RegistrationNumber(
            Canonical: $"{yy}{sequence}/PCB{(classA ? 'A' : 'B')}-{issuer}",
            Form: classA ? RegistrationNumberForm.ClassADeclaration : RegistrationNumberForm.ClassBDeclaration,
            Year: Year(yy),
            Sequence: sequence,
            Issuer: issuer,
            Classes: classA ? DeviceRiskClasses.A : DeviceRiskClasses.B);
    }

    private static RegistrationNumber? MatchCertificate(string compact)
    {
        var match = CertificatePattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var department = match.Groups["dept"].Value;
        var yy = match.Groups["yy"].Value;
        var sequence = match.Groups["seq"].Value;
        return new RegistrationNumber(
            Canonical: $"{yy}{sequence}ĐKLH/{MinistryOfHealth}-{department}",
            Form: department == "HTTB" ? RegistrationNumberForm.CertificateHttb : RegistrationNumberForm.CertificateTbCt,
            Year: Year(yy),
            Sequence: sequence,
            Issuer: MinistryOfHealth,
            Classes: DeviceRiskClasses.CD);
    }

    private static RegistrationNumber? MatchImportLicence(string compact)
    {
        var match = ImportLicencePattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var sequence = match.Groups["seq"].Value;
        return new RegistrationNumber(
            Canonical: $"{sequence}NK/{MinistryOfHealth}-TB-CT",
            Form: RegistrationNumberForm.LegacyImportLicence,
            Year: null,
            Sequence: sequence,
            Issuer: MinistryOfHealth,
            Classes: DeviceRiskClasses.None);
    }

    private static int Year(string yy) => 2000 + int.Parse(yy, NumberStyles.None, CultureInfo.InvariantCulture);

    // Issuer: a province health department abbreviation (HCM, HN, BD, ĐN…) or BYT.
    [GeneratedRegex(@"^(?<yy>[0-9]{2})(?<seq>[0-9]{7})/PCB(?<cls>[AB])-(?<issuer>[A-ZĐ]{2,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"^(?<yy>[0-9]{2})(?<seq>[0-9]{5})[DĐ]KLH/BYT-(?<dept>TB-CT|HTTB)$", RegexOptions.CultureInvariant)]
    private static partial Regex CertificatePattern();

    [GeneratedRegex(@"^(?<seq>[0-9]{1,6})NK/BYT-TB-CT$", RegexOptions.CultureInvariant)]
    private static partial Regex ImportLicencePattern();
}
