namespace MedDevice.Hub.Storage.Prices;

/// <summary>A reference unit price a declared price is compared with.</summary>
/// <param name="Key">The device it prices: a UDI-DI key <c>issuer|di</c> or a canonical registration number.</param>
/// <param name="UnitPriceVnd">Unit price in VND (no minor unit).</param>
/// <param name="Currency">Always <c>VND</c>.</param>
/// <param name="Source">Where it comes from: <c>registry</c>, <c>award</c>, <c>listed</c>, …</param>
/// <param name="UpdatedAt">When it was last set (Unix ms).</param>
public sealed record ReferencePrice(string Key, long UnitPriceVnd, string Currency, string Source, long UpdatedAt);
