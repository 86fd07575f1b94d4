using System.Globalization;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Sandbox.Data.Organizations;

/// <summary>
/// A deterministic, unbounded set of synthetic organisations: organisation <c>i</c> is always the same, in every
/// process, so the registry generator (holders, importers) and the identity sandbox (the enterprise register)
/// agree without sharing state. Tax codes are valid (check digit per <see cref="TaxCodeCheckDigit"/>).
/// </summary>
public static class SyntheticOrganizations
{
    private static readonly string[] Kinds = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Tổng Công ty"];
    private static readonly string[] Trades = ["Thiết bị Y tế", "Vật tư Y tế", "Dược phẩm và Trang thiết bị", "Kỹ thuật Y sinh", "Thương mại Y khoa"];
    private static readonly string[] Brands = ["Hồng Đức", "Việt Á", "Phương Đông", "Sông Hàn", "Trường An", "Minh Khoa", "An Bình", "Đại Phát", "Thái Hòa", "Bảo Châu", "Nam Việt", "Hải Đăng"];
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Ngọc", "Hữu", "Thanh"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hạnh", "Hiếu", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Yến"];

    /// <summary>The organisation with the given index (0 or more).</summary>
    public static SyntheticOrganization Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{Kinds[index % Kinds.Length]} {Trades[index / Kinds.Length % Trades.Length]} {Brands[index % Brands.Length]} {index + 1}");
        var status = index % 29 == 28 ? SyntheticOrganizationStatus.Closed
            : index % 17 == 16 ? SyntheticOrganizationStatus.Suspended
            : SyntheticOrganizationStatus.Active;
        var representative = $"{FamilyNames[index % FamilyNames.Length]} {MiddleNames[index / 3 % MiddleNames.Length]} {GivenNames[index / 7 % GivenNames.Length]}";
        return new SyntheticOrganization(index, TaxCodeFor(index), name, status, representative);
    }

    /// <summary>The first <paramref name="count"/> organisations.</summary>
    public static IEnumerable<SyntheticOrganization> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Get(i);
        }
    }

    /// <summary>Finds the organisation holding a tax code among the first <paramref name="searchLimit"/>; null when none.</summary>
    public static SyntheticOrganization? FindByTaxCode(string taxCode, int searchLimit = 100_000)
    {
        ArgumentNullException.ThrowIfNull(taxCode);
        for (var i = 0; i < searchLimit; i++)
        {
            if (string.Equals(TaxCodeFor(i), taxCode, StringComparison.Ordinal))
            {
                return Get(i);
            }
        }

        return null;
    }

    /// <summary>
    /// A valid tax code for an index: province-style prefix 01..99 from the index, then a 7-digit serial, then the
    /// check digit. Prefixes whose remainder forbids a check digit move to the next serial (a gap, as in reality).
    /// </summary>
    private static string TaxCodeFor(int index)
    {
        var province = 1 + (index % 99);
        var serial = 1_000_000 + (index / 99 * 10);
        while (true)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{province:00}{serial:0000000}");
            if (TaxCodeCheckDigit.Compute(prefix) is { } check)
            {
                return prefix + check.ToString(CultureInfo.InvariantCulture);
            }

            serial++;
        }
    }
}
