using MedDevice.Hub.Core.Identifiers.Registration;

namespace MedDevice.Hub.Core.Tests.Identifiers.Registration;

public class RegistrationNumberParserTests
{
    public static TheoryData<string, string, RegistrationNumberForm, int?, string, string, DeviceRiskClasses> ObservedForms => new()
    {
        // Examples named in the project reference notes on identifiers ("Identifiers the hub must parse and validate").
        { "170000206/PCBA-HCM", "170000206/PCBA-HCM", RegistrationNumberForm.ClassADeclaration, 2017, "0000206", "HCM", DeviceRiskClasses.A },
        { "220002087/PCBB-HCM", "220002087/PCBB-HCM", RegistrationNumberForm.ClassBDeclaration, 2022, "0002087", "HCM", DeviceRiskClasses.B },
        { "240001004/PCBB-BYT", "240001004/PCBB-BYT", RegistrationNumberForm.ClassBDeclaration, 2024, "0001004", "BYT", DeviceRiskClasses.B },
        { "2100688ĐKLH/BYT-TB-CT", "2100688ĐKLH/BYT-TB-CT", RegistrationNumberForm.CertificateTbCt, 2021, "00688", "BYT", DeviceRiskClasses.CD },
        { "2502433ĐKLH/BYT-HTTB", "2502433ĐKLH/BYT-HTTB", RegistrationNumberForm.CertificateHttb, 2025, "02433", "BYT", DeviceRiskClasses.CD },
        { "1234NK/BYT-TB-CT", "1234NK/BYT-TB-CT", RegistrationNumberForm.LegacyImportLicence, null, "1234", "BYT", DeviceRiskClasses.None },
    };

    [Theory]
    [MemberData(nameof(ObservedForms))]
    public void Parse_ObservedForm_ReturnsItsParts(
        string input, string canonical, RegistrationNumberForm form, int? year, string sequence, string issuer, DeviceRiskClasses classes)
    {
        var result = RegistrationNumberParser.Parse(input);

        result.Ok.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.Value.ShouldBe(new RegistrationNumber(canonical, form, year, sequence, issuer, classes));
    }

    [Theory]
    [InlineData("2100688DKLH/BYT-TB-CT", "2100688ĐKLH/BYT-TB-CT")]
    [InlineData("2100688đklh/byt-tb-ct", "2100688ĐKLH/BYT-TB-CT")]
    [InlineData("2100688\u00D0KLH/BYT-TB-CT", "2100688ĐKLH/BYT-TB-CT")]
    [InlineData(" 2502433 ĐKLH / BYT - HTTB ", "2502433ĐKLH/BYT-HTTB")]
    [InlineData("2502433dklh/byt\u2013httb", "2502433ĐKLH/BYT-HTTB")]
    [InlineData("170000206/pcba-hcm", "170000206/PCBA-HCM")]
    [InlineData("22 0002087 / PCBB-HCM", "220002087/PCBB-HCM")]
    [InlineData("240001004/PCBB-BYT\u00A0", "240001004/PCBB-BYT")]
    [InlineData("1234nk/byt-tb-ct", "1234NK/BYT-TB-CT")]
    public void Parse_SloppyInput_ReturnsCanonicalForm(string input, string canonical)
    {
        var result = RegistrationNumberParser.Parse(input);

        result.Ok.ShouldBeTrue();
        result.Value!.Canonical.ShouldBe(canonical);
        result.Value.ToString().ShouldBe(canonical);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_ReturnsEmptyError(string? input)
    {
        var result = RegistrationNumberParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Errors.Single().Code.ShouldBe(RegistrationErrorCodes.Empty);
    }

    [Theory]
    [InlineData("17000020/PCBA-HCM")] // 8 digits
    [InlineData("1700002060/PCBA-HCM")] // 10 digits
    [InlineData("170000206/PCBC-HCM")] // no class C declaration
    [InlineData("170000206/PCBA-")] // no issuer
    [InlineData("170000206/PCBA-H")] // issuer too short
    [InlineData("170000206PCBA-HCM")] // slash missing
    [InlineData("210068ĐKLH/BYT-TB-CT")] // 6 digits
    [InlineData("2100688ĐKLH/BYT-TBCT")]
    [InlineData("2100688ĐKLH/SYT-HTTB")] // certificates come from the ministry only
    [InlineData("2100688ĐKLN/BYT-HTTB")]
    [InlineData("NK/BYT-TB-CT")] // import licence without number
    [InlineData("0100109106")] // a tax code
    [InlineData("(01)08717648200274")] // a UDI
    public void Parse_UnknownForm_ReturnsUnknownFormError(string input)
    {
        var result = RegistrationNumberParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Errors.Single().Code.ShouldBe(RegistrationErrorCodes.UnknownForm);
    }

    [Theory]
    [InlineData("170000000/PCBA-HCM", 2)]
    [InlineData("2500000ĐKLH/BYT-HTTB", 2)]
    [InlineData("000NK/BYT-TB-CT", 0)]
    public void Parse_ZeroSequence_ReturnsZeroSequenceErrorWithPartialValue(string input, int position)
    {
        var result = RegistrationNumberParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Value.ShouldNotBeNull();
        var error = result.Errors.Single();
        error.Code.ShouldBe(RegistrationErrorCodes.ZeroSequence);
        error.Position.ShouldBe(position);
    }

    [Fact]
    public void Parse_PastedDocument_ReturnsTooLongError()
    {
        var result = RegistrationNumberParser.Parse("2502433ĐKLH/BYT-HTTB " + new string('x', 100));

        result.Errors.Single().Code.ShouldBe(RegistrationErrorCodes.TooLong);
    }

    [Fact]
    public void Parse_UnknownForm_MessageDoesNotEchoInput()
    {
        var result = RegistrationNumberParser.Parse("SECRET-VALUE-123");

        result.Errors.Single().Message.ShouldNotContain("SECRET", Case.Insensitive);
    }
}
