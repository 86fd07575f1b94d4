namespace MedDevice.Hub.Core.Customs;

/// <summary>The reference unit price a declared price is compared with.</summary>
/// <param name="UnitPriceVnd">Reference unit price in VND.</param>
/// <param name="Source">Where it comes from (registry, award, listed price…).</param>
public sealed record ReferencePriceFact(decimal UnitPriceVnd, string Source);
