using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Core.Tests.Identifiers.TaxCode;

public class TaxCodeParserTests
{
    // Real, publicly listed organisation tax codes:
    //   0100109106 Viettel (Tập đoàn Công nghiệp - Viễn thông Quân đội), national business registration portal;
    //   0300588569 Vinamilk (Công ty CP Sữa Việt Nam), printed on its own site as "Giấy CNĐKDN: 0300588569";
    //   0101248141 FPT Corporation (Công ty CP FPT), masothue.com/0101248141;
    //   0100100079 EVN (Tập đoàn Điện lực Việt Nam), printed on its invoices;
    //   0313206513, 0200748730: tests/vectors/customs/SAMPLE_customs_ecs_envelope.xml.
    // 0200748730 and 0100100079 exercise the two edge remainders (10 → check digit 0; 1 → 9).
    [Theory]
    [InlineData("0100109106")]
    [InlineData("0300588569")]
    [InlineData("0101248141")]
    [InlineData("0100100079")]
    [InlineData("0313206513")]
    [InlineData("0200748730")]
    public void Parse_RealOrganisationCode_IsValid(string code)
    {
        var result = TaxCodeParser.Parse(code);

        result.Ok.ShouldBeTrue();
        result.Value!.Kind.ShouldBe(TaxCodeKind.Organisation);
        result.Value.Canonical.ShouldBe(code);
        result.Value.Organisation.ShouldBe(code);
        result.Value.BranchNumber.ShouldBeNull();
        result.Value.Display.ShouldBe(code);
    }

    [Theory]
    [InlineData("0100109106-001", 1)]
    [InlineData("0100109106-509", 509)]
    [InlineData("0100109106 - 501", 501)]
    [InlineData("0100109106\u2013999", 999)]
    [InlineData("0100109106509", 509)] // 13 digits as customs writes importer codes
    public void Parse_Branch_ReturnsParentAndNumber(string input, int branch)
    {
        var result = TaxCodeParser.Parse(input);

        result.Ok.ShouldBeTrue();
        result.Value!.Kind.ShouldBe(TaxCodeKind.Branch);
        result.Value.Organisation.ShouldBe("0100109106");
        result.Value.BranchNumber.ShouldBe(branch);
        result.Value.Canonical.ShouldBe($"0100109106-{branch:000}");
    }

    [Theory]
    [InlineData("0100109105", 6)]
    [InlineData("0300588560", 9)]
    [InlineData("0200748731", 0)]
    [InlineData("0100109107-001", 6)]
    public void Parse_WrongCheckDigit_ReturnsMismatchAtTenthDigit(string input, int expected)
    {
        var result = TaxCodeParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Value.ShouldNotBeNull();
        var error = result.Errors.Single();
        error.Code.ShouldBe(TaxCodeErrorCodes.CheckDigitMismatch);
        error.Position.ShouldBe(9);
        error.Message.ShouldContain($"expected {expected}");
    }

    [Fact]
    public void Parse_PrefixWithRemainderZero_ReturnsNoCheckDigitPossible()
    {
        // The first non-zero nine-digit prefix whose weighted sum is a multiple of 11.
        var prefix = Enumerable.Range(0, 1_000_000).Select(i => i.ToString("D9"))
            .First(p => p != "000000000" && TaxCodeCheckDigit.Compute(p) is null);

        foreach (var last in "0123456789")
        {
            var result = TaxCodeParser.Parse(prefix + last);
            result.Errors.Single().Code.ShouldBe(TaxCodeErrorCodes.NoCheckDigitPossible);
        }
    }

    [Fact]
    public void Parse_BranchZero_ReturnsBranchZeroError()
    {
        var result = TaxCodeParser.Parse("0100109106-000");

        result.Errors.Single().Code.ShouldBe(TaxCodeErrorCodes.BranchZero);
        result.Errors.Single().Position.ShouldBe(11);
    }

    [Theory]
    [InlineData("010010910")]
    [InlineData("01001091066")]
    [InlineData("0100109106-01")]
    [InlineData("0100109106-0001")]
    [InlineData("0100109106/001")]
    [InlineData("01001O9106")]
    [InlineData("MST0100109106")]
    public void Parse_BadShape_ReturnsBadFormat(string input)
    {
        var result = TaxCodeParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Errors.Single().Code.ShouldBe(TaxCodeErrorCodes.BadFormat);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void Parse_Empty_ReturnsEmpty(string? input) =>
        TaxCodeParser.Parse(input).Errors.Single().Code.ShouldBe(TaxCodeErrorCodes.Empty);

    [Fact]
    public void Parse_TwelveDigitPersonalCode_IsValidatedAsPersonalIdAndMasked()
    {
        var result = TaxCodeParser.Parse("079 0 95 012345");

        result.Ok.ShouldBeTrue();
        result.Value!.Kind.ShouldBe(TaxCodeKind.Personal);
        result.Value.Organisation.ShouldBeNull();
        result.Value.PersonalId!.ProvinceName.ShouldBe("Hồ Chí Minh");
        result.Value.PersonalId.BirthYear.ShouldBe(1995);
        result.Value.Display.ShouldBe("079*******45");
        result.Value.ToString().ShouldBe("079*******45");
    }

    [Fact]
    public void Parse_TwelveDigitCodeWithUnknownProvince_ReturnsPersonalIdErrors()
    {
        var result = TaxCodeParser.Parse("003095012345");

        result.Ok.ShouldBeFalse();
        result.Errors.Select(e => e.Code).ShouldBe([TaxCodeErrorCodes.InvalidPersonalId, PersonalIdErrorCodes.UnknownProvince]);
        result.Errors.ShouldAllBe(e => !e.Message.Contains("003095012345"));
    }

    [Fact]
    public void Parse_TwelveDigitCodeBornInFuture_ReturnsBirthYearError()
    {
        var result = TaxCodeParser.Parse("001250012345", currentYear: 2025);

        result.Errors.Select(e => e.Code).ShouldBe([TaxCodeErrorCodes.InvalidPersonalId, PersonalIdErrorCodes.BirthYearInFuture]);
    }
}
