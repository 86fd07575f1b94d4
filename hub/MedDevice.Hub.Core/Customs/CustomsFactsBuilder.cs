using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Core.Customs;

/// <summary>Assembles each line's facts from the parsed declaration and what the stores returned (pure).</summary>
public static class CustomsFactsBuilder
{
    /// <summary>The facts of every line, in line order.</summary>
    public static IReadOnlyList<LineFacts> Build(ParsedDeclaration parsed, CustomsLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(lookups);
        var facts = new List<LineFacts>(parsed.Declaration.Lines.Count);
        for (var i = 0; i < parsed.Declaration.Lines.Count; i++)
        {
            var registration = parsed.Registrations[i];
            var number = registration.Ok ? registration.Value!.Canonical : null;
            var byNumber = number is null ? null : lookups.Entries.GetValueOrDefault(number);
            var udis = parsed.Udis[i].Select((udi, index) =>
            {
                var key = UdiIssuerNamingSystems.KeyOf(udi);
                var entry = key is null ? null : lookups.Entries.GetValueOrDefault(key);
                var recalls = key is null ? [] : lookups.Recalls.Where(r => Matches(r, key, udi.Lot)).ToList();
                return new UdiFacts(index + 1, udi, key, entry, recalls);
            }).ToList();
            facts.Add(new LineFacts(parsed.Declaration.Lines[i], registration, byNumber, udis, Price(udis, number, byNumber, lookups)));
        }

        return facts;
    }

    /// <summary>
    /// The registry entry a line's goods belong to: the entry of its first resolved UDI-DI, else the entry of its registration
    /// number when that is in force (a registered product whose UDI-DI is not recorded yet).
    /// </summary>
    public static RegistryEntryFact? EntryOf(LineFacts line, UdiFacts udi)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(udi);
        return udi.Entry ?? (line.RegistrationEntry is { InForce: true } byNumber ? byNumber : null);
    }

    private static bool Matches(RecallFact recall, string key, string? lot) =>
        string.Equals(recall.UdiDiKey, key, StringComparison.Ordinal)
        && (recall.Lot is null || string.Equals(recall.Lot, lot, StringComparison.Ordinal));

    // The reference price of the line's device: by the UDI-DI keys of its resolved entries, then by registration number.
    private static ReferencePriceFact? Price(IReadOnlyList<UdiFacts> udis, string? number, RegistryEntryFact? byNumber, CustomsLookups lookups)
    {
        var keys = udis.Select(u => u.UdiDiKey).OfType<string>()
            .Concat(udis.Select(u => u.Entry?.RegistrationNumber).OfType<string>())
            .Concat(byNumber?.UdiDiKey is { } entryKey ? [entryKey] : [])
            .Concat(number is null ? [] : [number]);
        foreach (var key in keys)
        {
            if (lookups.Prices.TryGetValue(key, out var price))
            {
                return price;
            }
        }

        return null;
    }
}
