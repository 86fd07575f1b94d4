using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

public sealed class HibccUdiParserErrorTests
{
    [Theory]
    [InlineData("+A123BJC5D6E71g", false, HibccErrorCodes.InvalidCharacter, 14)]
    [InlineData("]d1+A1é3BJC5D6E71G", false, HibccErrorCodes.InvalidCharacter, 6)]
    [InlineData("+A12", false, HibccErrorCodes.Truncated, 4)]
    [InlineData("+1123BJC5D6E71", true, HibccErrorCodes.InvalidLabeler, 1)]
    [InlineData("+A123BJC5D6E7X", true, HibccErrorCodes.InvalidUnitOfMeasure, 13)]
    [InlineData("+A123ABCDEFGHIJKLMNOPQRS1", true, HibccErrorCodes.InvalidProduct, 5)]
    [InlineData("+A123BJC5D6E71X", false, HibccErrorCodes.CheckCharacterMismatch, 14)]
    [InlineData("+A123BJC5D6E71/", true, HibccErrorCodes.EmptyField, 15)]
    [InlineData("+A123BJC5D6E71/$LOT//S1", true, HibccErrorCodes.EmptyField, 20)]
    [InlineData("+A123BJC5D6E71/X1", true, HibccErrorCodes.UnknownFlag, 15)]
    [InlineData("+A123BJC5D6E71/$$A25", true, HibccErrorCodes.UnknownFlag, 17)]
    [InlineData("+A123BJC5D6E71/$$3251301LOT1", true, HibccErrorCodes.InvalidDate, 18)]
    [InlineData("+A123BJC5D6E71/$$5253671", true, HibccErrorCodes.InvalidDate, 18)]
    [InlineData("+A123BJC5D6E71/$$42501012401", true, HibccErrorCodes.InvalidDate, 18)]
    [InlineData("+A123BJC5D6E71/$$1325LOT1", true, HibccErrorCodes.InvalidDate, 17)]
    [InlineData("+A123BJC5D6E71/$$1", true, HibccErrorCodes.InvalidDate, 17)]
    [InlineData("+A123BJC5D6E71/$$", true, HibccErrorCodes.Truncated, 17)]
    [InlineData("+A123BJC5D6E71/16D20130230", true, HibccErrorCodes.InvalidDate, 18)]
    [InlineData("+A123BJC5D6E71/$$8A13250101LOT1", true, HibccErrorCodes.InvalidQuantity, 18)]
    [InlineData("+A123BJC5D6E71/Q", true, HibccErrorCodes.InvalidQuantity, 16)]
    [InlineData("+A123BJC5D6E71/$ABCDEFGHIJKLMNOPQRS1", true, HibccErrorCodes.FieldTooLong, 16)]
    [InlineData("+A123BJC5D6E71/$LOT1/$$7LOT2", true, HibccErrorCodes.ConflictingData, 24)]
    [InlineData("+A123BJC5D6E71/14D20250101/$$3251231", true, HibccErrorCodes.ConflictingData, 30)]
    public void Parse_InvalidData_ReportsCodeAndPosition(string data, bool appendCheck, string code, int position)
    {
        // Appending a valid check character leaves only the intended error.
        var text = appendCheck ? data + HibccCheckCharacter.Compute(data) : data;

        var result = UdiTestParsers.Parse(text);

        result.Ok.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Position.ShouldBe(position);
    }

    [Fact]
    public void Parse_NoLeadingPlus_IsNotHibcc()
    {
        var result = HibccUdiParser.Parse("]d1A123BJC5D6E71G", UdiParserOptions.Default, UdiTestParsers.Today);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(HibccErrorCodes.NotHibcc);
        error.Position.ShouldBe(3);
    }

    [Fact]
    public void Parse_WrongLinkCharacter_ReportsLinkPosition()
    {
        const string Primary = "+A123BJC5D6E71G";
        const string Secondary = "+$$52001510X3Q";
        var text = Primary + Secondary + HibccCheckCharacter.Compute(Secondary);

        var result = UdiTestParsers.Parse(text, lenient: true);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(HibccErrorCodes.LinkCharacterMismatch);
        error.Position.ShouldBe(text.Length - 2);
    }

    [Fact]
    public void Parse_AimPrefixAndWrongCheck_PositionRefersToOriginalText()
    {
        var result = UdiTestParsers.Parse("]zB+A123BJC5D6E71X");

        result.Errors.ShouldHaveSingleItem().Position.ShouldBe(17);
        result.Hri.ShouldBe("+A123BJC5D6E71X");
    }

    [Fact]
    public void Parse_Code39Asterisks_AreNotPartOfTheData()
    {
        var result = HibccUdiParser.Parse("*+A123BJC5D6E71G*", UdiParserOptions.Default, UdiTestParsers.Today);

        result.Ok.ShouldBeTrue();
        result.Di.ShouldBe("A123BJC5D6E71");
        result.Hri.ShouldBe("+A123BJC5D6E71G");
    }

    [Theory]
    [InlineData("$$2123125LOT", "2025-12-31")]
    [InlineData("$$3251231LOT", "2025-12-31")]
    [InlineData("$$425123112LOT", "2025-12-31")]
    [InlineData("$$525366LOT", "2025-12-32")]
    [InlineData("$$524366LOT", "2024-12-31")]
    [InlineData("$$62436623LOT", "2024-12-31")]
    [InlineData("$$0225LOT", "2025-02-01")]
    [InlineData("$$+3991231SER", "1999-12-31")]
    [InlineData("$$+3761231SER", "1976-12-31")]
    [InlineData("$$+3751231SER", "2075-12-31")]
    public void Parse_DateFormats_DecodeExpiry(string field, string expected)
    {
        var data = "+A123BJC5D6E71/" + field;

        var result = UdiTestParsers.Parse(data + HibccCheckCharacter.Compute(data));

        if (expected == "2025-12-32")
        {
            result.Errors.ShouldHaveSingleItem().Code.ShouldBe(HibccErrorCodes.InvalidDate);
            return;
        }

        result.Errors.ShouldBeEmpty();
        var date = DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        result.Expiry.ShouldBe(date);
    }
}
