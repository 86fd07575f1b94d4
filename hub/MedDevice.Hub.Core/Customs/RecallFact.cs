namespace MedDevice.Hub.Core.Customs;

/// <summary>A recall or unsafe-lot record that matches a UDI.</summary>
/// <param name="UdiDiKey">The UDI-DI key <c>issuer|di</c> recalled.</param>
/// <param name="Lot">The lot recalled; null when every lot is.</param>
/// <param name="Reason">Why (free text from the recall record).</param>
/// <param name="Since">When the recall took effect (Unix ms).</param>
public sealed record RecallFact(string UdiDiKey, string? Lot, string Reason, long Since);
