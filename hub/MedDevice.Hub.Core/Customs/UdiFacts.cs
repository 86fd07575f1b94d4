using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Core.Customs;

/// <summary>Everything known about one declared UDI.</summary>
/// <param name="Position">1-based position in the line.</param>
/// <param name="Parsed">The parse result.</param>
/// <param name="UdiDiKey">The UDI-DI key <c>issuer|di</c> when it parsed.</param>
/// <param name="Entry">The registry entry holding that UDI-DI, if any.</param>
/// <param name="Recalls">Recall records matching the DI (and lot).</param>
public sealed record UdiFacts(int Position, UdiParseResult Parsed, string? UdiDiKey, RegistryEntryFact? Entry, IReadOnlyList<RecallFact> Recalls);
