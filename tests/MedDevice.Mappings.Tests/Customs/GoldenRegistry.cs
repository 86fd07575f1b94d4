using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Mappings.Tests.Customs;

/// <summary>The registry, recalls, prices and clock the golden cases are mapped against.</summary>
internal static class GoldenRegistry
{
    public const string PartnerId = "vn-customs";
    public const string HubMessageId = "01JNGOLDEN0000000000000000";
    public static readonly DateTimeOffset Now = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);
    public static readonly PriceBandSettings Prices = new(0.3m, new Dictionary<string, decimal>(StringComparer.Ordinal) { ["USD"] = 25_000m });

    private static readonly RegistryEntryFact Stent = Entry("entry-stent", "08930000000019", "2500001ĐKLH/BYT-HTTB");
    private static readonly RegistryEntryFact Ventilator = Entry("entry-ventilator", "08930000000026", "2200002ĐKLH/BYT-HTTB");
    private static readonly RegistryEntryFact Catheter = Entry("entry-catheter", "08930000000033", "2300003ĐKLH/BYT-HTTB");
    private static readonly RegistryEntryFact Pump = new("entry-pump", "active", false, UdiIssuerNamingSystems.Hibcc + "|A999ABC123DE0", "240001004/PCBB-BYT");
    private static readonly RegistryEntryFact CannulaByNumber = new("entry-cannula", "active", false, null, "2100688ĐKLH/BYT-TB-CT");

    public static CustomsLookups Lookups { get; } = new(
        new[] { Stent, Ventilator, Catheter, Pump, CannulaByNumber }
            .SelectMany(e => new[] { e.UdiDiKey, e.RegistrationNumber }.OfType<string>().Select(k => (Key: k, Entry: e)))
            .ToDictionary(p => p.Key, p => p.Entry, StringComparer.Ordinal),
        [new RecallFact(Catheter.UdiDiKey!, "R003", "Nguy cơ rò rỉ bóng (Class I recall)", 0)],
        new Dictionary<string, ReferencePriceFact>(StringComparer.Ordinal)
        {
            [Stent.UdiDiKey!] = new(10_000_000m, "registry"),
            [Ventilator.RegistrationNumber!] = new(250_000_000m, "award"),
        });

    private static RegistryEntryFact Entry(string id, string gtin, string number) => new(id, "active", false, UdiIssuerNamingSystems.Gs1 + "|" + gtin, number);
}
