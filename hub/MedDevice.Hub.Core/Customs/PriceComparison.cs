namespace MedDevice.Hub.Core.Customs;

/// <summary>A declared unit price compared with the reference price, both in VND.</summary>
/// <param name="DeclaredVnd">The declared unit price converted to VND.</param>
/// <param name="ReferenceVnd">The reference unit price in VND.</param>
/// <param name="Deviation">(declared − reference) / reference, rounded to 4 decimals.</param>
/// <param name="WithinBand">True when |deviation| is within the configured band.</param>
public sealed record PriceComparison(decimal DeclaredVnd, decimal ReferenceVnd, decimal Deviation, bool WithinBand);
