namespace MedDevice.Hub.Core.Customs;

/// <summary>How declared prices are compared: the tolerated band and the exchange rates to VND.</summary>
/// <param name="Band">Tolerated relative deviation either way, e.g. 0.3 = ±30 %.</param>
/// <param name="RatesToVnd">VND per unit of each currency (ISO 4217 code, upper case); VND itself needs none.</param>
public sealed record PriceBandSettings(decimal Band, IReadOnlyDictionary<string, decimal> RatesToVnd)
{
    /// <summary>The default band: ±30 %.</summary>
    public const decimal DefaultBand = 0.3m;

    /// <summary>The home currency.</summary>
    public const string Vnd = "VND";

    /// <summary>The declared price in VND, or null when the currency has no configured rate.</summary>
    public decimal? ToVnd(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (string.Equals(currency, Vnd, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        return RatesToVnd.TryGetValue(currency.ToUpperInvariant(), out var rate) && rate > 0 ? amount * rate : null;
    }
}
