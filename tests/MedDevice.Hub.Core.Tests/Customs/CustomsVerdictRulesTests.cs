using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Core.Tests.Customs;

public sealed class CustomsVerdictRulesTests
{
    private const string Gs1 = "http://hl7.org/fhir/NamingSystem/gs1-di";
    private const string DiKey = Gs1 + "|08717648200274";
    private const string Number = "2502433ĐKLH/BYT-HTTB";
    private static readonly UdiParser Parser = new();
    private static readonly RegistryEntryFact Entry = new("entry-1", "active", false, DiKey, Number);
    private static readonly ImporterFacts ActiveImporter = new(TaxCodeParser.Parse("0100109106"), ImporterStatus.Active);
    private static readonly PriceBandSettings Prices = new(0.3m, new Dictionary<string, decimal> { ["USD"] = 25_000m });

    [Fact]
    public void Evaluate_RegisteredActiveImporterPriceWithinBand_Green()
    {
        var verdict = Evaluate(Facts(price: 1_000_000m, unitPrice: 40m, currency: "USD"));

        verdict.Verdict.ShouldBe(Verdict.Green);
        verdict.Reasons.ShouldBeEmpty();
        verdict.Price.ShouldNotBeNull().Deviation.ShouldBe(0m);
        verdict.Price.WithinBand.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_UdiDoesNotParse_RedWithParserCode()
    {
        var verdict = Evaluate(Facts(udi: "(01)08717648200275(10)A1"));

        verdict.Verdict.ShouldBe(Verdict.Red);
        var reason = verdict.Reasons.ShouldHaveSingleItem();
        reason.Code.ShouldBe(CustomsReasonCodes.UdiInvalid);
        reason.UdiPosition.ShouldBe(1);
        reason.Detail.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Evaluate_DiAndNumberUnknown_RedUnregistered()
    {
        var verdict = Evaluate(Facts(unknownDi: true, unknownNumber: true));

        verdict.Verdict.ShouldBe(Verdict.Red);
        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.Unregistered]);
    }

    [Fact]
    public void Evaluate_DiUnknownNumberInForce_YellowDiNotRecorded()
    {
        var verdict = Evaluate(Facts(unknownDi: true, registrationEntry: Entry with { UdiDiKey = null }));

        verdict.Verdict.ShouldBe(Verdict.Yellow);
        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.DiNotRecorded]);
    }

    [Fact]
    public void Evaluate_EntryRevoked_Red() =>
        Evaluate(Facts(entry: Entry with { Deleted = true })).Reasons.Select(r => r.Code).ShouldContain(CustomsReasonCodes.Revoked);

    [Fact]
    public void Evaluate_EntryInactive_Red()
    {
        var verdict = Evaluate(Facts(entry: Entry with { Status = "inactive" }));

        verdict.Verdict.ShouldBe(Verdict.Red);
        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.NotActive]);
    }

    [Fact]
    public void Evaluate_DiUnknownNumberRevoked_RedRevoked()
    {
        var verdict = Evaluate(Facts(unknownDi: true, registrationEntry: Entry with { Deleted = true, UdiDiKey = null }));

        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.Revoked]);
    }

    [Fact]
    public void Evaluate_RegistrationNumberMalformed_RedWithParserCode()
    {
        var verdict = Evaluate(Facts(number: "12/XYZ"));

        verdict.Verdict.ShouldBe(Verdict.Red);
        var reason = verdict.Reasons.ShouldHaveSingleItem();
        reason.Code.ShouldBe(CustomsReasonCodes.RegistrationInvalid);
        reason.Detail.ShouldNotBeNull().ShouldStartWith("REG-");
    }

    [Fact]
    public void Evaluate_NumberBelongsToAnotherDevice_RedMismatch()
    {
        var verdict = Evaluate(Facts(number: "2400123ĐKLH/BYT-HTTB", registrationEntry: new RegistryEntryFact("entry-2", "active", false, null, "2400123ĐKLH/BYT-HTTB")));

        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.RegistrationMismatch]);
    }

    [Fact]
    public void Evaluate_DiKnownNumberInNoEntry_RedRegistrationUnknown()
    {
        var verdict = Evaluate(Facts(entry: Entry with { RegistrationNumber = null }, unknownNumber: true));

        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.RegistrationUnknown]);
    }

    [Fact]
    public void Evaluate_LotRecalled_RedWithReason()
    {
        var verdict = Evaluate(Facts(recalls: [new RecallFact(DiKey, "A1", "Sterility breach", 0)]));

        verdict.Verdict.ShouldBe(Verdict.Red);
        verdict.Reasons.ShouldHaveSingleItem().Text.ShouldContain("Sterility breach");
    }

    [Theory]
    [InlineData(ImporterStatus.Suspended, CustomsReasonCodes.ImporterSuspended, Verdict.Red)]
    [InlineData(ImporterStatus.Closed, CustomsReasonCodes.ImporterClosed, Verdict.Red)]
    [InlineData(ImporterStatus.NotFound, CustomsReasonCodes.ImporterNotFound, Verdict.Red)]
    [InlineData(ImporterStatus.Pending, CustomsReasonCodes.ImporterPending, Verdict.Pending)]
    public void Evaluate_ImporterNotActive_ReasonByStatus(ImporterStatus status, string code, Verdict expected)
    {
        var verdict = CustomsVerdictRules.Evaluate(Facts(), ActiveImporter with { Status = status }, Prices);

        verdict.Verdict.ShouldBe(expected);
        verdict.Reasons.Select(r => r.Code).ShouldBe([code]);
    }

    [Fact]
    public void Evaluate_ImporterTaxCodeInvalid_RedWithoutAskingStatus()
    {
        var verdict = CustomsVerdictRules.Evaluate(Facts(), new ImporterFacts(TaxCodeParser.Parse("0100109107"), ImporterStatus.Pending), Prices);

        verdict.Reasons.ShouldHaveSingleItem().Code.ShouldBe(CustomsReasonCodes.ImporterTaxCodeInvalid);
    }

    [Theory]
    [InlineData("20.8", "-0.48", false)]
    [InlineData("28", "-0.3", true)]
    [InlineData("56", "0.4", false)]
    public void Evaluate_PriceAgainstBand_DeviationAndYellowOutside(string usd, string deviation, bool within)
    {
        var verdict = Evaluate(Facts(price: 1_000_000m, unitPrice: decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture), currency: "USD"));

        var price = verdict.Price.ShouldNotBeNull();
        price.Deviation.ShouldBe(decimal.Parse(deviation, System.Globalization.CultureInfo.InvariantCulture));
        price.WithinBand.ShouldBe(within);
        verdict.Verdict.ShouldBe(within ? Verdict.Green : Verdict.Yellow);
        verdict.Reasons.Select(r => r.Code).ShouldBe(within ? [] : [CustomsReasonCodes.PriceOutsideBand]);
    }

    [Fact]
    public void Evaluate_CurrencyWithoutRate_YellowNotComparable()
    {
        var verdict = Evaluate(Facts(price: 1_000_000m, unitPrice: 5000m, currency: "JPY"));

        verdict.Verdict.ShouldBe(Verdict.Yellow);
        verdict.Price.ShouldBeNull();
        verdict.Reasons.Select(r => r.Code).ShouldBe([CustomsReasonCodes.PriceNotComparable]);
    }

    [Fact]
    public void Evaluate_NoReferencePrice_NoPriceCheck() => Evaluate(Facts(unitPrice: 1m, currency: "JPY")).Verdict.ShouldBe(Verdict.Green);

    [Fact]
    public void Evaluate_RedAndYellowAndPending_RedDominates()
    {
        var verdict = CustomsVerdictRules.Evaluate(Facts(unknownDi: true, unknownNumber: true, price: 1_000_000m, unitPrice: 1m, currency: "VND"),
            ActiveImporter with { Status = ImporterStatus.Pending }, Prices);

        verdict.Verdict.ShouldBe(Verdict.Red);
        verdict.Reasons.Select(r => r.Verdict).ShouldBe([Verdict.Red, Verdict.Pending, Verdict.Yellow]);
    }

    [Fact]
    public void Lane_WorstLineVerdict()
    {
        CustomsVerdictRules.Lane([]).ShouldBe(Verdict.Green);
        CustomsVerdictRules.Lane([Line(Verdict.Green), Line(Verdict.Yellow)]).ShouldBe(Verdict.Yellow);
        CustomsVerdictRules.Lane([Line(Verdict.Yellow), Line(Verdict.Pending)]).ShouldBe(Verdict.Pending);
        CustomsVerdictRules.Lane([Line(Verdict.Pending), Line(Verdict.Red), Line(Verdict.Green)]).ShouldBe(Verdict.Red);
    }

    [Fact]
    public void CustomsDeclaration_NumberParts_BaseAndAmendmentCount()
    {
        var declaration = new CustomsDeclaration("103027528703", "A11", "03CC", "0100109106", "x", "y", "CH", default, "USD", []);

        declaration.BaseNumber.ShouldBe("10302752870");
        declaration.AmendmentCount.ShouldBe(3);
    }

    private static LineVerdict Line(Verdict verdict) => new(1, verdict, [], null);

    private static LineVerdict Evaluate(LineFacts facts) => CustomsVerdictRules.Evaluate(facts, ActiveImporter, Prices);

    private static LineFacts Facts(string udi = "(01)08717648200274(17)271231(10)A1", string number = Number, RegistryEntryFact? entry = null,
        bool unknownDi = false, RegistryEntryFact? registrationEntry = null, bool unknownNumber = false, IReadOnlyList<RecallFact>? recalls = null,
        decimal? price = null, decimal unitPrice = 40m, string currency = "USD")
    {
        var parsed = Parser.Parse(udi);
        var line = new CustomsDeclarationLine(1, "90189090", "Stent", "IE", 1m, "PCE", unitPrice, currency, unitPrice, [udi], number);
        var byDi = unknownDi ? null : entry ?? Entry;
        var byNumber = unknownNumber ? null : registrationEntry ?? Entry;
        return new LineFacts(line, RegistrationNumberParser.Parse(number), byNumber, [new UdiFacts(1, parsed, parsed.Ok ? DiKey : null, byDi, recalls ?? [])],
            price is null ? null : new ReferencePriceFact(price.Value, "test"));
    }
}
