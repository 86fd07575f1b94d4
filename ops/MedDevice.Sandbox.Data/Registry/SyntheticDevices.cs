using System.Globalization;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryImport;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Sandbox.Data.Registry;

/// <summary>
/// A deterministic registry of synthetic DI-level devices: device <c>i</c> is always the same entry, in every process.
/// GTIN-14s (mod-10 check digit) for most devices, HIBCC DIs (labeler + product + unit of measure) for some, none for
/// a few domestic ones; registration numbers in the form the risk class requires and unique per device; Vietnamese
/// names; holders from <see cref="SyntheticOrganizations"/> (active ones, with valid tax codes).
/// </summary>
public static class SyntheticDevices
{
    /// <summary>The code system of the sandbox device-type codes (not a published terminology).</summary>
    public const string TypeSystem = HubFhirUrls.CanonicalBase + "/CodeSystem/sandbox-device-type";

    /// <summary>Devices 0 … MaxCount − 1 have distinct keys (class C/D certificate numbers run out after that).</summary>
    public const int MaxCount = SyntheticIdentifiers.CertificateSpace;

    /// <summary>Holders are drawn from the first this many synthetic organisations (active ones only).</summary>
    private const int HolderPool = 4_000;

    private static readonly Lazy<SyntheticOrganization[]> Holders = new(() =>
        SyntheticOrganizations.Take(HolderPool).Where(o => o.Status == SyntheticOrganizationStatus.Active).ToArray());

    /// <summary>The device with the given index (0 ≤ index &lt; <see cref="MaxCount"/>).</summary>
    public static RegistryEntry Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxCount);
        var category = SyntheticDeviceCatalog.CategoryFor(SyntheticHash.Pick(index, 1, SyntheticDeviceCatalog.TotalWeight));
        var makers = SyntheticDeviceCatalog.Manufacturers;
        var maker = makers[SyntheticHash.Pick(index, 2, makers.Count)];
        var qualifier = category.Qualifiers[SyntheticHash.Pick(index, 3, category.Qualifiers.Length)];
        var series = string.Create(CultureInfo.InvariantCulture, $"{category.ModelPrefix}-{100 + (SyntheticHash.Pick(index, 4, 40) * 25)}");
        var model = string.Create(CultureInfo.InvariantCulture, $"{series}{(char)('A' + SyntheticHash.Pick(index, 5, 26))}{SyntheticHash.Pick(index, 6, 100):00}");
        var riskClass = category.RiskClass;
        var (di, issuer) = Udi(index, maker, category);
        var holder = Holders.Value[SyntheticHash.Pick(index, 7, Holders.Value.Length)];
        return new RegistryEntry(
            RegistrationNumber: SyntheticIdentifiers.RegistrationNumber(index, riskClass),
            UdiDi: di,
            UdiIssuer: issuer,
            DeviceName: $"{category.Name} {qualifier} {maker.Brand} {series}",
            TypeSystem: TypeSystem,
            TypeCode: category.Code,
            TypeText: category.Name,
            Manufacturer: $"{maker.Name} ({maker.Country})",
            Model: model,
            RiskClass: riskClass.ToString(),
            HolderTaxCode: holder.TaxCode,
            HolderName: holder.Name,
            Status: SyntheticHash.Chance(index, 8, 3) ? "inactive" : "active");
    }

    /// <summary>Devices <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1.</summary>
    public static IEnumerable<RegistryEntry> Take(int count, int start = 0)
    {
        for (var i = start; i < start + count; i++)
        {
            yield return Get(i);
        }
    }

    private static (string? Di, string? Issuer) Udi(int index, SyntheticManufacturer maker, SyntheticDeviceCategory category)
    {
        if (SyntheticHash.Chance(index, 9, maker.Domestic ? 40 : 5))
        {
            return (null, null);
        }

        if (maker.HibccLabeler is { } labeler && SyntheticHash.Chance(index, 10, 30))
        {
            return (SyntheticIdentifiers.HibccDi(index, labeler, category.ModelPrefix, SyntheticHash.Pick(index, 11, 2)), "HIBCC");
        }

        var indicator = SyntheticHash.Chance(index, 12, 20) ? '1' : '0';
        return (SyntheticIdentifiers.Gtin14(index, indicator, maker.Gs1Prefix), "GS1");
    }
}
