using System.Globalization;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Sandbox.Data.Registry;

/// <summary>
/// Identifiers of synthetic registry entries, unique per index by construction: every number is a bijection of the
/// index (multiplication by a constant coprime to the modulus), so no two devices share a GTIN, a HIBCC product code
/// or a registration number.
/// </summary>
internal static class SyntheticIdentifiers
{
    /// <summary>Years with class C/D certificates of the former TB-CT department (2016–2022) then of HTTB (2022–2026).</summary>
    private static readonly (string Year, string Department)[] CertificateBuckets =
    [
        ("16", "TB-CT"), ("17", "TB-CT"), ("18", "TB-CT"), ("19", "TB-CT"), ("20", "TB-CT"), ("21", "TB-CT"), ("22", "TB-CT"),
        ("22", "HTTB"), ("23", "HTTB"), ("24", "HTTB"), ("25", "HTTB"), ("26", "HTTB"),
    ];

    /// <summary>Issuers of standards declarations (provincial health departments), weighted towards the two big cities.</summary>
    private static readonly string[] DeclarationIssuers = ["HCM", "HCM", "HCM", "HCM", "HN", "HN", "HN", "ĐN", "HP", "CT", "BD", "ĐNA", "KH", "TTH"];

    private const int CertificateSequences = 99_999;
    private const long BodySpace = 1_000_000_000;      // 9-digit GTIN body
    private const long BodyMultiplier = 387_420_489;    // 3^18, coprime to 10^9
    private const long DeclarationSpace = 10_000_000;   // 7-digit declaration sequence
    private const long DeclarationMultiplier = 4_782_969; // 3^14, coprime to 10^7
    private const long CertificateMultiplier = 1_953_125; // 5^9, coprime to 12 × 99,999

    /// <summary>How many devices get distinct class C/D certificate numbers (12 year/department buckets of 99,999).</summary>
    public const int CertificateSpace = 12 * CertificateSequences;

    /// <summary>A GTIN-14: indicator digit, the manufacturer's GS1 prefix, a 9-digit body from the index, the mod-10 check digit.</summary>
    public static string Gtin14(int index, char indicator, string gs1Prefix)
    {
        var body = (index + 1L) * BodyMultiplier % BodySpace;
        var payload = string.Create(CultureInfo.InvariantCulture, $"{indicator}{gs1Prefix}{body:000000000}");
        return payload + Gs1CheckDigit(payload).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The GS1 mod-10 check digit of the digits (weights 3, 1, 3, … from the right).</summary>
    public static int Gs1CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var weight = 3;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            sum += weight * (digits[i] - '0');
            weight = 4 - weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>A HIBCC DI: labeler + product number (category letters + the index in base 36) + unit of measure.</summary>
    public static string HibccDi(int index, string labeler, string modelPrefix, int unitOfMeasure)
    {
        Span<char> base36 = stackalloc char[7];
        var value = index;
        for (var i = base36.Length - 1; i >= 0; i--)
        {
            base36[i] = HibccCheckCharacter.Alphabet[value % 36];
            value /= 36;
        }

        return string.Concat(labeler, modelPrefix, base36, unitOfMeasure.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A registration number in the form the risk class requires: PCBA (A), PCBB (B), ĐKLH (C, D).</summary>
    public static string RegistrationNumber(int index, char riskClass)
    {
        if (riskClass is 'A' or 'B')
        {
            var sequence = (index + 1L) * DeclarationMultiplier % DeclarationSpace;
            var year = 19 + SyntheticHash.Pick(index, 31, 8);
            var issuer = DeclarationIssuers[SyntheticHash.Pick(index, 32, DeclarationIssuers.Length)];
            return string.Create(CultureInfo.InvariantCulture, $"{year:00}{sequence:0000000}/PCB{riskClass}-{issuer}");
        }

        var position = index * CertificateMultiplier % CertificateSpace;
        var (yy, department) = CertificateBuckets[(int)(position % CertificateBuckets.Length)];
        var serial = position / CertificateBuckets.Length + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{yy}{serial:00000}ĐKLH/BYT-{department}");
    }
}
