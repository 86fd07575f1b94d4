using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Iccbba;
using MedDevice.Hub.Core.Tests.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Iccbba;

public sealed class IsbtUdiParserErrorTests
{
    [Theory]
    [InlineData("=/A9999XYZ100T0944X", IsbtErrorCodes.DataIdentifierExpected, 18)]
    [InlineData("=/A9999XYZ100T0944=!000025", IsbtErrorCodes.UnknownDataIdentifier, 18)]
    [InlineData("=/A9999XYZ100T09", IsbtErrorCodes.Truncated, 16)]
    [InlineData("=/A9999XYZ100T0944=,0000", IsbtErrorCodes.Truncated, 24)]
    [InlineData("=/A9999XYZ10=,000025", IsbtErrorCodes.ShortDataStructure, 12)]
    [InlineData("=/A9999XYZ100t0944", IsbtErrorCodes.InvalidCharacter, 13)]
    [InlineData("=>014367", IsbtErrorCodes.InvalidDate, 2)]
    [InlineData("=>016367", IsbtErrorCodes.InvalidDate, 2)]
    [InlineData("&>0140322400", IsbtErrorCodes.InvalidDate, 8)]
    [InlineData("=]201913", IsbtErrorCodes.InvalidDate, 2)]
    [InlineData("=G12341765432161", IsbtErrorCodes.DinCheckMismatch, 14)]
    [InlineData("=+03000=,000025=>014032", IsbtErrorCodes.CompoundMessageCount, 0)]
    [InlineData("=>014032&>0140331200", IsbtErrorCodes.ConflictingData, 10)]
    public void Parse_InvalidData_ReportsCodeAndPosition(string text, string code, int position)
    {
        var result = UdiTestParsers.Parse(text);

        result.Ok.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Position.ShouldBe(position);
    }

    [Fact]
    public void Parse_LeapYearDay366_IsDecember31()
    {
        var result = UdiTestParsers.Parse("=>016366&>0240011230");

        result.Ok.ShouldBeFalse(); // two different expiry dates
        UdiTestParsers.Parse("=>016366").Expiry.ShouldBe(new DateOnly(2016, 12, 31));
        UdiTestParsers.Parse("&>0240011230").Expiry.ShouldBe(new DateOnly(2024, 1, 1));
    }

    [Fact]
    public void Parse_AimPrefix_IsSkippedAndPositionsReferToOriginalText()
    {
        var result = UdiTestParsers.Parse("]C4=/A9999XYZ100T0944=,00002x");

        result.Issuer.ShouldBe(UdiIssuer.Iccbba);
        result.Errors.ShouldHaveSingleItem().Position.ShouldBe(28);
        result.Di.ShouldBe("A9999XYZ100T0944");
    }

    [Fact]
    public void Parse_ItemCatalogWithoutProductCode_IsTheDi()
    {
        var result = UdiTestParsers.Parse("=-AB12345678&-LOT0000001");

        result.Ok.ShouldBeTrue();
        result.Di.ShouldBe("AB12345678");
        result.Lot.ShouldBe("LOT0000001");
    }

    [Fact]
    public void Parse_ProductCodeAndContainerCatalog_ProductCodeIsTheDi()
    {
        var result = UdiTestParsers.Parse("=)1TE123456A=/A9999XYZ100T0944");

        result.Di.ShouldBe("A9999XYZ100T0944");
        result.Elements.Select(e => e.Id).ShouldBe(["=)", "=/"]);
    }
}
