using MedDevice.Hub.Core.Customs;

namespace MedDevice.Hub.Customs;

/// <summary>The customs declaration endpoint (<c>Hub:Customs</c>).</summary>
public sealed class CustomsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Customs";

    /// <summary>Default <see cref="ImporterTimeout"/>.</summary>
    public static readonly TimeSpan DefaultImporterTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Tolerated relative deviation of a declared unit price from the reference price, either way (0.3 = ±30 %).</summary>
    public decimal PriceBand { get; set; } = PriceBandSettings.DefaultBand;

    /// <summary>VND per unit of foreign currencies (<c>Hub:Customs:ExchangeRates:USD=25400</c>); a currency without a rate cannot be compared.</summary>
    public Dictionary<string, decimal> ExchangeRates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>PKCS#12 file with the hub's signing certificate (RSA) for replies; required in the production profile.</summary>
    public string? SigningCertificatePath { get; set; }

    /// <summary>Password of <see cref="SigningCertificatePath"/>.</summary>
    public string? SigningCertificatePassword { get; set; }

    /// <summary>The hub's identity in reply envelopes (<c>From/identity</c>).</summary>
    public string HubIdentity { get; set; } = "MEDDEVICE-HUB";

    /// <summary>The hub's name in reply envelopes.</summary>
    public string HubName { get; set; } = "MedDevice.Hub (Bộ Y tế)";

    /// <summary>How long the importer check may take before the line verdict is pending.</summary>
    public TimeSpan ImporterTimeout { get; set; } = DefaultImporterTimeout;

    /// <summary>Purpose code of the importer checks, in the audit trail.</summary>
    public string ImporterCheckPurpose { get; set; } = "customs-import-clearance";

    /// <summary>Legal basis of the importer checks, in the audit trail.</summary>
    public string ImporterCheckLegalBasis { get; set; } = "Customs Law 54/2014/QH13; Decree 98/2021/ND-CP on medical device management";

    /// <summary>The price comparison settings.</summary>
    public PriceBandSettings PriceSettings() =>
        new(PriceBand, ExchangeRates.ToDictionary(r => r.Key.ToUpperInvariant(), r => r.Value, StringComparer.Ordinal));

    /// <summary>The reasons the settings are unusable; empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (PriceBand <= 0 || PriceBand > 10)
        {
            problems.Add("Hub:Customs:PriceBand must be a fraction between 0 and 10 (0.3 = ±30 %).");
        }

        foreach (var (currency, rate) in ExchangeRates)
        {
            if (currency.Length != 3 || !currency.All(char.IsAsciiLetter) || rate <= 0)
            {
                problems.Add($"Hub:Customs:ExchangeRates:{currency} must be a positive rate of a 3-letter currency code.");
            }
        }

        if (ImporterTimeout <= TimeSpan.Zero)
        {
            problems.Add("Hub:Customs:ImporterTimeout must be positive.");
        }

        return problems;
    }
}
