using System.Globalization;
using MedDevice.Hub.Core.Customs;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>
/// Deterministic customs declarations over the first <see cref="RegistrySize"/> devices of <see cref="CustomsRegistryFixture"/>:
/// declaration <c>n</c> of a scenario is always the same, so tests, the demo and the benchmark can generate them anywhere.
/// Every line has its own lot, so each line records its own instance Device.
/// </summary>
/// <param name="RegistrySize">How many fixture devices the hub was seeded with.</param>
public sealed record CustomsDeclarationGenerator(int RegistrySize)
{
    /// <summary>The declaration type code of an ordinary import for business (kinh doanh).</summary>
    public const string TypeCode = "A11";

    private static readonly string[] Offices = ["03CC", "01NV", "02CI", "34CE", "01B1"];
    private static readonly string[] Exporters = ["Medtronic Ireland Ltd", "B. Braun Melsungen AG", "Terumo Corporation", "Boston Scientific Ltd", "Nipro Corporation"];
    private static readonly string[] Countries = ["IE", "DE", "JP", "US", "SG"];

    /// <summary>The declaration number (ICN) of sequence <paramref name="sequence"/>: <c>10</c> + 9 digits + amendment digit.</summary>
    public static string Number(long sequence, int amendment = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"10{sequence % 1_000_000_000:000000000}{amendment % 10}");

    /// <summary>Declaration <paramref name="sequence"/> of <paramref name="scenario"/> with <paramref name="lines"/> lines (1..50).</summary>
    public CustomsDeclaration Create(long sequence, CustomsScenario scenario, int lines = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines, 50);
        var importer = ActiveImporter(sequence);
        var pick = (int)(sequence % Exporters.Length);
        return new CustomsDeclaration(
            Number(sequence), TypeCode, Offices[(int)(sequence % Offices.Length)], importer.TaxCode, importer.Name, Exporters[pick], Countries[pick],
            new DateOnly(2026, 1, 1).AddDays((int)(sequence % 300)), "VND",
            Enumerable.Range(1, lines).Select(line => Line(sequence, line, line == 1 ? scenario : CustomsScenario.Valid)).ToList());
    }

    /// <summary>A registered, unrecalled fixture device for a line (recalled devices are skipped).</summary>
    public CustomsRegistryEntry DeviceFor(long sequence, int line)
    {
        var index = (int)((sequence * 31 + line * 7) % RegistrySize);
        while (CustomsRegistryFixture.Get(index).RecalledLot is not null)
        {
            index = (index + 1) % RegistrySize;
        }

        return CustomsRegistryFixture.Get(index);
    }

    /// <summary>The lot a line declares: unique per declaration and line.</summary>
    public static string Lot(long sequence, int line) => string.Create(CultureInfo.InvariantCulture, $"L{sequence}-{line}");

    private CustomsDeclarationLine Line(long sequence, int line, CustomsScenario scenario)
    {
        var device = DeviceFor(sequence, line);
        var lot = Lot(sequence, line);
        var gtin = device.Gtin;
        var number = device.RegistrationNumber;
        var price = device.ReferencePriceVnd * (95 + ((sequence + line) % 11)) / 100; // within ±10 %
        switch (scenario)
        {
            case CustomsScenario.Unregistered:
                var unknown = CustomsRegistryFixture.UnregisteredBase + (int)(sequence % 90_000);
                gtin = CustomsRegistryFixture.Gtin(unknown);
                number = string.Create(CultureInfo.InvariantCulture, $"21{(sequence % 99_999) + 1:00000}ĐKLH/BYT-TB-CT");
                break;
            case CustomsScenario.Recalled:
                var recalled = RecalledDevice(sequence);
                (gtin, number, lot, price) = (recalled.Gtin, recalled.RegistrationNumber, recalled.RecalledLot!, recalled.ReferencePriceVnd);
                break;
            case CustomsScenario.PriceAnomalous:
                price = device.ReferencePriceVnd * 40 / 100;
                break;
        }

        const decimal quantity = 20m;
        return new CustomsDeclarationLine(line, "90189090", device.Name, "IE", quantity, "PCE", price, "VND", price * quantity,
            [$"(01){gtin}(17)281231(10){lot}"], number);
    }

    private CustomsRegistryEntry RecalledDevice(long sequence)
    {
        // Indexes 3, 10, 17, … below the registry size carry a recalled lot.
        var slots = (RegistrySize - 3 + 6) / 7;
        if (slots < 1)
        {
            throw new InvalidOperationException("A recalled declaration needs a registry of at least 4 devices.");
        }

        return CustomsRegistryFixture.Get(3 + (7 * (int)(sequence % slots)));
    }

    private static SyntheticOrganization ActiveImporter(long sequence)
    {
        var index = (int)(sequence % 1_000);
        while (SyntheticOrganizations.Get(index).Status != SyntheticOrganizationStatus.Active)
        {
            index++;
        }

        return SyntheticOrganizations.Get(index);
    }
}
