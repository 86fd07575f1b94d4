namespace MedDevice.Hub.Core.Customs;

/// <summary>What the stores returned for a declaration's keys, read before the verdict.</summary>
/// <param name="Entries">Registry entries by UDI-DI key and by canonical registration number.</param>
/// <param name="Recalls">Recall records of the declaration's UDI-DI keys.</param>
/// <param name="Prices">Reference prices by UDI-DI key and by registration number.</param>
public sealed record CustomsLookups(
    IReadOnlyDictionary<string, RegistryEntryFact> Entries,
    IReadOnlyList<RecallFact> Recalls,
    IReadOnlyDictionary<string, ReferencePriceFact> Prices);
