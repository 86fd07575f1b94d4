using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Core.Tests.Udi.Gs1;

public sealed class Gs1UdiParserTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static UdiParseResult Parse(string text, bool lenient = false, string? host = null) =>
        Gs1UdiParser.Parse(text, new UdiParserOptions { Lenient = lenient, DigitalLinkHost = host ?? UdiParserOptions.DefaultDigitalLinkHost }, Today);

    private static string Describe(UdiParseResult result) => string.Join("; ", result.Errors.Select(e => e.Message));

    [Fact]
    public void Parse_CliContractExample_FillsEveryField()
    {
        var result = Parse("(01)08717648200274(17)271231(10)A1");

        result.Ok.ShouldBeTrue();
        result.Issuer.ShouldBe(UdiIssuer.Gs1);
        result.Di.ShouldBe("08717648200274");
        result.Lot.ShouldBe("A1");
        result.Serial.ShouldBeNull();
        result.Expiry.ShouldBe(new DateOnly(2027, 12, 31));
        result.Manufactured.ShouldBeNull();
        result.Elements.ShouldBe([new UdiElement("01", "08717648200274"), new UdiElement("17", "271231"), new UdiElement("10", "A1")]);
        result.Hri.ShouldBe("(01)08717648200274(17)271231(10)A1");
        result.ElementString.ShouldBe("^010871764820027417271231" + "10A1");
        result.DigitalLink.ShouldBe("https://id.gs1.org/01/08717648200274/10/A1?17=271231");
    }

    [Theory]
    [InlineData("]d2")]
    [InlineData("]C1")]
    [InlineData("]Q3")]
    [InlineData("]e0")]
    [InlineData("]J1")]
    public void Parse_AimPrefixWithGsSeparators_ReadsElements(string aim)
    {
        var result = Parse(aim + "0109506000134352" + "1725063010LOT-7\u001d21SER9");

        result.Ok.ShouldBeTrue(Describe(result));
        result.Di.ShouldBe("09506000134352");
        result.Expiry.ShouldBe(new DateOnly(2025, 6, 30));
        result.Lot.ShouldBe("LOT-7");
        result.Serial.ShouldBe("SER9");
    }

    [Fact]
    public void Parse_CaretAndGsSeparators_GiveTheSameResult()
    {
        var caret = Parse("^010950600013435210ABC^21XYZ");
        var gs = Parse("\u001d010950600013435210ABC\u001d21XYZ");

        caret.Ok.ShouldBeTrue();
        gs.Elements.ShouldBe(caret.Elements);
        gs.Hri.ShouldBe(caret.Hri);
    }

    [Theory]
    [InlineData("]d1https://example.com/x")]
    [InlineData("]Q1ABC")]
    public void Parse_NonGs1AimData_IsRejected(string text) =>
        Parse(text).Errors.ShouldHaveSingleItem().Code.ShouldBeOneOf(Gs1ErrorCodes.NotGs1Data, Gs1ErrorCodes.DigitalLinkNoPrimaryKey);

    [Fact]
    public void Parse_BracesAsInFhirExamples_ReadLikeParentheses()
    {
        var result = Parse("{01}09506000134352{17}250600{10}A(1");

        result.Ok.ShouldBeTrue(Describe(result));
        result.Hri.ShouldBe("(01)09506000134352(17)250600(10)A\\(1");
        result.Lot.ShouldBe("A(1");
        result.Expiry.ShouldBe(new DateOnly(2025, 6, 30));
    }

    [Fact]
    public void Parse_EscapedBracketInLot_IsUnescapedAndRenderedEscaped()
    {
        var result = Parse("(01)09506000134352(10)A\\(B");

        result.Lot.ShouldBe("A(B");
        result.Hri.ShouldBe("(01)09506000134352(10)A\\(B");
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/09506000134352/10/ABC?17=271231")]
    [InlineData("https://brand.example.com/some/path/01/09506000134352/10/ABC?17=271231&utm=x")]
    public void Parse_DigitalLink_ReadsPathAndQuery(string uri)
    {
        var result = Parse(uri);

        result.Ok.ShouldBeTrue(Describe(result));
        result.Di.ShouldBe("09506000134352");
        result.Lot.ShouldBe("ABC");
        result.Expiry.ShouldBe(new DateOnly(2027, 12, 31));
        result.DigitalLink.ShouldBe("https://id.gs1.org/01/09506000134352/10/ABC?17=271231");
    }

    [Fact]
    public void Parse_DigitalLinkWithPercentEscapes_Unescapes()
    {
        var result = Parse("https://id.gs1.org/01/09506000134352/10/A%2FB%25", host: "https://resolver.example");

        result.Lot.ShouldBe("A/B%");
        result.DigitalLink.ShouldBe("https://resolver.example/01/09506000134352/10/A%2FB%25");
    }

    [Fact]
    public void Parse_WithoutPrimaryKey_HasNoDigitalLink()
    {
        var result = Parse("(400)ORDER1");

        result.Ok.ShouldBeTrue();
        result.Di.ShouldBeNull();
        result.DigitalLink.ShouldBeNull();
    }

    [Fact]
    public void Parse_WrongCheckDigitStrict_FailsAtTheCheckDigit()
    {
        var result = Parse("(01)09506000134353(10)A");

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(Gs1ErrorCodes.LintIncorrectCheckDigit);
        error.Position.ShouldBe(17);
    }

    [Fact]
    public void Parse_WrongCheckDigitLenient_SucceedsWithWarning()
    {
        var result = Parse("(01)09506000134353(10)A", lenient: true);

        result.Ok.ShouldBeTrue();
        result.Di.ShouldBe("09506000134353");
        result.Warnings.ShouldHaveSingleItem().Code.ShouldBe(Gs1ErrorCodes.LintIncorrectCheckDigit);
    }

    [Theory]
    [InlineData("(01)09506000134352(17)251340", Gs1ErrorCodes.LintIllegalMonth, 24)]
    [InlineData("]d2010950600013435217251340", Gs1ErrorCodes.LintIllegalMonth, 23)]
    [InlineData("(01)09506000134352(99)", Gs1ErrorCodes.ValueTooShort, 22)]
    [InlineData("(01)0950600013435", Gs1ErrorCodes.ValueTooShort, 4)]
    [InlineData("^0109506000134352^89ABC", Gs1ErrorCodes.UnknownAi, 18)]
    [InlineData("(10)ABC", Gs1ErrorCodes.RequiredAiMissing, 4)]
    [InlineData("(01)09506000134352(10)AB C", Gs1ErrorCodes.LintInvalidCset82Character, 24)]
    [InlineData("(01)09506000134352(10)A(10)B", Gs1ErrorCodes.RepeatedAiMismatch, 27)]
    public void Parse_BadData_ReportsCodeAndPosition(string text, string code, int position)
    {
        var error = Parse(text).Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(code);
        error.Position.ShouldBe(position);
    }

    [Theory]
    [InlineData("490101", 2049)]
    [InlineData("750101", 2075)]
    [InlineData("760101", 1976)]
    [InlineData("990101", 1999)]
    [InlineData("000101", 2000)]
    public void Parse_TwoDigitYear_UsesSlidingWindowFromToday(string yymmdd, int year) =>
        Parse("(01)09506000134352(17)" + yymmdd).Expiry!.Value.Year.ShouldBe(year);

    [Fact]
    public void Parse_TwoDigitYearNearCenturyEnd_MovesToNextCentury()
    {
        var result = Gs1UdiParser.Parse("(01)09506000134352(17)100101", UdiParserOptions.Default, new DateOnly(2095, 1, 1));

        result.Expiry.ShouldBe(new DateOnly(2110, 1, 1));
    }

    [Theory]
    [InlineData("240200", 2024, 2, 29)]
    [InlineData("250200", 2025, 2, 28)]
    [InlineData("000200", 2000, 2, 29)]
    [InlineData("251100", 2025, 11, 30)]
    [InlineData("251200", 2025, 12, 31)]
    public void Parse_DayZero_MeansLastDayOfMonth(string yymmd0, int year, int month, int day) =>
        Parse("(01)09506000134352(17)" + yymmd0).Expiry.ShouldBe(new DateOnly(year, month, day));

    [Fact]
    public void Parse_ProductionDate_FillsManufactured() =>
        Parse("(01)09506000134352(11)240229").Manufactured.ShouldBe(new DateOnly(2024, 2, 29));

    [Fact]
    public void UdiParser_Gs1Text_IsDispatchedWithTheClockDate()
    {
        var parser = new UdiParser(time: new FakeTimeProvider(new DateTimeOffset(2080, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var result = parser.Parse("]d20109506000134352" + "17300101");

        result.Issuer.ShouldBe(UdiIssuer.Gs1);
        result.Expiry.ShouldBe(new DateOnly(2130, 1, 1));
    }
}
