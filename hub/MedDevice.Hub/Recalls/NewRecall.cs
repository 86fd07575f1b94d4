namespace MedDevice.Hub.Recalls;

/// <summary>The body of <c>POST /api/v1/admin/recalls</c>.</summary>
/// <param name="UdiDi">The device identifier (GTIN-14 for GS1).</param>
/// <param name="Issuer"><c>gs1</c> (default), <c>hibcc</c> or <c>iccbba</c>.</param>
/// <param name="Lot">The lot recalled; absent = every lot.</param>
/// <param name="Reason">Why (shown in the customs verdict).</param>
/// <param name="Since">When the recall took effect; absent = now.</param>
public sealed record NewRecall(string? UdiDi, string? Issuer, string? Lot, string? Reason, DateTimeOffset? Since);
