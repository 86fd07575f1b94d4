using System.Globalization;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Sandbox.Data.People;

/// <summary>
/// A deterministic synthetic population: person <c>i</c> is always the same, in every process. Indices below
/// <see cref="RepresentativeBase"/> are ordinary citizens; index <c>RepresentativeBase + k</c> is the legal
/// representative of <see cref="SyntheticOrganizations.Get"/>(k) and carries that organisation's representative
/// name, so the enterprise register and the population database agree. The six-digit serial of the personal ID
/// is a bijection of the index, so a number is found again without a table (<see cref="FindByPersonalId"/>).
/// </summary>
public static class SyntheticPeople
{
    /// <summary>How many ordinary citizens there are (indices 0 … RepresentativeBase − 1).</summary>
    public const int RepresentativeBase = 500_000;

    /// <summary>Every index the population holds: citizens, then organisation representatives.</summary>
    public const int Capacity = 1_000_000;

    // serial = (index · Multiplier + Offset) mod 10^6; Multiplier is coprime with 10^6, so this is a bijection.
    private const long Multiplier = 738_497;
    private const long Offset = 271_828;
    private static readonly long InverseMultiplier = ModularInverse(Multiplier, Capacity);

    private static readonly string[] Provinces = ProvinceCodes.All.Keys.Order(StringComparer.Ordinal).ToArray();
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MaleMiddleNames = ["Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công", "Gia"];
    private static readonly string[] FemaleMiddleNames = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo", "Diệu", "Khánh"];
    private static readonly string[] MaleGivenNames = ["An", "Bình", "Cường", "Dũng", "Hiếu", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Đạt"];
    private static readonly string[] FemaleGivenNames = ["Anh", "Châu", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Vy", "Yến"];
    private static readonly HashSet<string> FemaleMiddleMarkers = new(StringComparer.Ordinal) { "Thị", "Thu", "Ngọc", "Diệu" };

    /// <summary>The person with the given index (0 ≤ index &lt; <see cref="Capacity"/>).</summary>
    public static SyntheticPerson Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Capacity);
        var mix = Mix((ulong)index);
        string fullName;
        Sex sex;
        if (index >= RepresentativeBase)
        {
            fullName = SyntheticOrganizations.Get(index - RepresentativeBase).LegalRepresentative;
            sex = FemaleMiddleMarkers.Contains(fullName.Split(' ')[1]) ? Sex.Female : Sex.Male;
        }
        else
        {
            sex = (mix & 1) == 0 ? Sex.Male : Sex.Female;
            var (middles, givens) = sex == Sex.Male ? (MaleMiddleNames, MaleGivenNames) : (FemaleMiddleNames, FemaleGivenNames);
            fullName = $"{Pick(FamilyNames, mix >> 8)} {Pick(middles, mix >> 16)} {Pick(givens, mix >> 24)}";
        }

        var year = 1945 + (int)((mix >> 32) % 62);
        var birthDate = new DateOnly(year, 1, 1).AddDays((int)((mix >> 40) % (ulong)(DateTime.IsLeapYear(year) ? 366 : 365)));
        var province = Provinces[(int)((mix >> 48) % (ulong)Provinces.Length)];
        var centuryAndSex = (2 * ((year - 1900) / 100)) + (sex == Sex.Female ? 1 : 0);
        var serial = ((index * Multiplier) + Offset) % Capacity;
        var personalId = string.Create(CultureInfo.InvariantCulture, $"{province}{centuryAndSex}{year % 100:00}{serial:000000}");
        var level = index % 7 == 3 ? 1 : 2;
        return new SyntheticPerson(index, personalId, fullName, birthDate, sex, level);
    }

    /// <summary>The first <paramref name="count"/> ordinary citizens.</summary>
    public static IEnumerable<SyntheticPerson> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RepresentativeBase);
        for (var i = 0; i < count; i++)
        {
            yield return Get(i);
        }
    }

    /// <summary>The legal representative of an organisation (its name is the organisation's representative name).</summary>
    public static SyntheticPerson LegalRepresentativeOf(SyntheticOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(organization.Index, Capacity - RepresentativeBase);
        return Get(RepresentativeBase + organization.Index);
    }

    /// <summary>
    /// The person holding a personal ID, or null when nobody does. Only the first <paramref name="citizens"/>
    /// ordinary citizens count as registered (all representatives always do); O(1).
    /// </summary>
    public static SyntheticPerson? FindByPersonalId(string personalId, int citizens = RepresentativeBase)
    {
        ArgumentNullException.ThrowIfNull(personalId);
        if (personalId.Length != PersonalIdParser.Length || personalId.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var serial = long.Parse(personalId.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture);
        var index = (int)((((serial - Offset) % Capacity) + Capacity) % Capacity * InverseMultiplier % Capacity);
        if (index < RepresentativeBase && index >= citizens)
        {
            return null;
        }

        var person = Get(index);
        return string.Equals(person.PersonalId, personalId, StringComparison.Ordinal) ? person : null;
    }

    private static string Pick(string[] values, ulong draw) => values[(int)(draw % (ulong)values.Length)];

    // SplitMix64 finaliser: a fixed, well-spread hash of the index.
    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private static long ModularInverse(long value, long modulus)
    {
        // Extended Euclid.
        var (oldR, r) = (value, modulus);
        var (oldS, s) = (1L, 0L);
        while (r != 0)
        {
            var quotient = oldR / r;
            (oldR, r) = (r, oldR - (quotient * r));
            (oldS, s) = (s, oldS - (quotient * s));
        }

        return ((oldS % modulus) + modulus) % modulus;
    }
}
