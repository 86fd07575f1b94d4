namespace MedDevice.Hub.Prices;

/// <summary>The body of <c>POST /api/v1/admin/prices</c>: a device (UDI-DI with issuer, or registration number) and its reference unit price.</summary>
/// <param name="UdiDi">The device identifier (GTIN-14 for GS1); or give <paramref name="RegistrationNumber"/>.</param>
/// <param name="Issuer"><c>gs1</c> (default), <c>hibcc</c> or <c>iccbba</c>.</param>
/// <param name="RegistrationNumber">The registration number (số lưu hành), stored in canonical form.</param>
/// <param name="UnitPriceVnd">The reference unit price in VND (a positive whole number).</param>
/// <param name="Source">Where it comes from: <c>registry</c>, <c>award</c>, <c>listed</c>, … (default <c>operator</c>).</param>
public sealed record NewReferencePrice(string? UdiDi, string? Issuer, string? RegistrationNumber, long? UnitPriceVnd, string? Source);
