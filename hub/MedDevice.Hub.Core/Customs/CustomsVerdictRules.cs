using System.Globalization;

namespace MedDevice.Hub.Core.Customs;

/// <summary>
/// The verdict on one declaration line, from facts gathered beforehand (pure: no I/O). Checks, in order: each UDI
/// parses; its DI is in the registry and in force; the registration number is valid, in force and belongs to that DI;
/// no recall matches the DI or lot; the importer is valid and active; the declared price is within the band.
/// </summary>
public static class CustomsVerdictRules
{
    /// <summary>Evaluates one line.</summary>
    public static LineVerdict Evaluate(LineFacts line, ImporterFacts importer, PriceBandSettings prices)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(prices);
        var reasons = new List<VerdictReason>();
        foreach (var udi in line.Udis)
        {
            CheckUdi(line, udi, reasons);
        }

        CheckRegistration(line, reasons);
        CheckImporter(importer, reasons);
        var price = CheckPrice(line, prices, reasons);
        var verdict = reasons.Count == 0 ? Verdict.Green : reasons.Max(r => r.Verdict);
        return new LineVerdict(line.Line.Number, verdict, reasons, price);
    }

    /// <summary>The overall lane suggestion: the worst line verdict (green for no lines).</summary>
    public static Verdict Lane(IEnumerable<LineVerdict> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lane = Verdict.Green;
        foreach (var line in lines)
        {
            lane = line.Verdict > lane ? line.Verdict : lane;
        }

        return lane;
    }

    private static void CheckUdi(LineFacts line, UdiFacts udi, List<VerdictReason> reasons)
    {
        if (!udi.Parsed.Ok)
        {
            reasons.Add(new(CustomsReasonCodes.UdiInvalid, Verdict.Red, "The UDI does not parse.", udi.Position, udi.Parsed.Errors[0].Code));
            return;
        }

        if (udi.Entry is not { } entry)
        {
            // A registration number that exists but is not in force is reported by the registration check.
            if (line.RegistrationEntry is null)
            {
                reasons.Add(new(CustomsReasonCodes.Unregistered, Verdict.Red,
                    "Unregistered: neither the UDI-DI nor the registration number is in the registry.", udi.Position));
            }
            else if (line.RegistrationEntry.InForce)
            {
                reasons.Add(new(CustomsReasonCodes.DiNotRecorded, Verdict.Yellow,
                    "The UDI-DI is not recorded in the registry; the registration number is in force.", udi.Position));
            }
        }
        else if (entry.Deleted)
        {
            reasons.Add(new(CustomsReasonCodes.Revoked, Verdict.Red, "The registration of this UDI-DI was revoked.", udi.Position));
        }
        else if (!entry.InForce)
        {
            reasons.Add(new(CustomsReasonCodes.NotActive, Verdict.Red,
                string.Create(CultureInfo.InvariantCulture, $"The registry entry of this UDI-DI is not active (status '{entry.Status}')."), udi.Position));
        }

        foreach (var recall in udi.Recalls)
        {
            var scope = recall.Lot is null ? "every lot of this device" : "this lot";
            reasons.Add(new(CustomsReasonCodes.Recalled, Verdict.Red, $"Recall of {scope}: {recall.Reason}", udi.Position));
        }
    }

    private static void CheckRegistration(LineFacts line, List<VerdictReason> reasons)
    {
        if (!line.Registration.Ok)
        {
            reasons.Add(new(CustomsReasonCodes.RegistrationInvalid, Verdict.Red, "The registration number (SO_LUU_HANH) is not in a known form.",
                Detail: line.Registration.Errors.Count > 0 ? line.Registration.Errors[0].Code : null));
            return;
        }

        var canonical = line.Registration.Value!.Canonical;
        var resolved = line.Udis.Where(u => u.Entry is not null).Select(u => u.Entry!).DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var entry in resolved.Where(e => !string.Equals(e.RegistrationNumber, canonical, StringComparison.Ordinal)))
        {
            reasons.Add(line.RegistrationEntry is null && entry.RegistrationNumber is null
                ? new(CustomsReasonCodes.RegistrationUnknown, Verdict.Red, "The registration number is in no registry entry.")
                : new(CustomsReasonCodes.RegistrationMismatch, Verdict.Red, "The registration number belongs to another device than the UDI-DI."));
        }

        // Lines whose UDI-DIs are unknown: the registration number alone must be in force (an unknown number is CUS-LINE-002).
        if (resolved.Count == 0 && line.RegistrationEntry is { InForce: false } byNumber)
        {
            reasons.Add(byNumber.Deleted
                ? new(CustomsReasonCodes.Revoked, Verdict.Red, "The registration number was revoked.")
                : new(CustomsReasonCodes.NotActive, Verdict.Red,
                    string.Create(CultureInfo.InvariantCulture, $"The registration number's entry is not active (status '{byNumber.Status}').")));
        }
    }

    private static void CheckImporter(ImporterFacts importer, List<VerdictReason> reasons)
    {
        if (!importer.TaxCode.Ok)
        {
            reasons.Add(new(CustomsReasonCodes.ImporterTaxCodeInvalid, Verdict.Red, "The importer's tax code (IMC) is invalid.",
                Detail: importer.TaxCode.Errors.Count > 0 ? importer.TaxCode.Errors[0].Code : null));
            return;
        }

        var reason = importer.Status switch
        {
            ImporterStatus.Active => null,
            ImporterStatus.Suspended => new VerdictReason(CustomsReasonCodes.ImporterSuspended, Verdict.Red, "The importer is suspended in the enterprise register."),
            ImporterStatus.Closed => new VerdictReason(CustomsReasonCodes.ImporterClosed, Verdict.Red, "The importer is closed in the enterprise register."),
            ImporterStatus.NotFound => new VerdictReason(CustomsReasonCodes.ImporterNotFound, Verdict.Red, "The importer is not in the enterprise register."),
            _ => new VerdictReason(CustomsReasonCodes.ImporterPending, Verdict.Pending, "The importer's status could not be verified now; the line is pending."),
        };
        if (reason is not null)
        {
            reasons.Add(reason);
        }
    }

    private static PriceComparison? CheckPrice(LineFacts line, PriceBandSettings prices, List<VerdictReason> reasons)
    {
        if (line.ReferencePrice is not { UnitPriceVnd: > 0 } reference)
        {
            return null;
        }

        if (prices.ToVnd(line.Line.UnitPrice, line.Line.UnitPriceCurrency) is not { } declared)
        {
            reasons.Add(new(CustomsReasonCodes.PriceNotComparable, Verdict.Yellow,
                $"No exchange rate is configured for {line.Line.UnitPriceCurrency}: the price cannot be compared with the reference price."));
            return null;
        }

        var deviation = decimal.Round((declared - reference.UnitPriceVnd) / reference.UnitPriceVnd, 4, MidpointRounding.AwayFromZero);
        var within = Math.Abs(deviation) <= prices.Band;
        if (!within)
        {
            reasons.Add(new(CustomsReasonCodes.PriceOutsideBand, Verdict.Yellow, string.Create(CultureInfo.InvariantCulture,
                $"The declared unit price deviates {deviation:P1} from the reference price ({reference.Source}); the band is ±{prices.Band:P0}.")));
        }

        return new PriceComparison(decimal.Round(declared, 2, MidpointRounding.AwayFromZero), reference.UnitPriceVnd, deviation, within);
    }
}
