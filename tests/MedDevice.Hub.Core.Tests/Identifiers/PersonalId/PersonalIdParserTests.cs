using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Tests.Identifiers.PersonalId;

// All numbers here are synthetic: valid shapes, not real people.
public class PersonalIdParserTests
{
    [Theory]
    [InlineData("001085012345", "001", "Hà Nội", Sex.Male, 1985)]
    [InlineData("079190000001", "079", "Hồ Chí Minh", Sex.Female, 1990)]
    [InlineData("048205123456", "048", "Đà Nẵng", Sex.Male, 2005)]
    [InlineData("096310654321", "096", "Cà Mau", Sex.Female, 2010)]
    [InlineData("092400000009", "092", "Cần Thơ", Sex.Male, 2100)]
    [InlineData("031599000009", "031", "Hải Phòng", Sex.Female, 2199)]
    [InlineData("002600000009", "002", "Hà Giang", Sex.Male, 2200)]
    [InlineData("004701000009", "004", "Cao Bằng", Sex.Female, 2201)]
    [InlineData("006800000009", "006", "Bắc Kạn", Sex.Male, 2300)]
    [InlineData("008999000009", "008", "Tuyên Quang", Sex.Female, 2399)]
    public void Parse_ValidNumber_DerivesProvinceSexAndBirthYear(string input, string province, string name, Sex sex, int year)
    {
        var result = PersonalIdParser.Parse(input);

        result.Ok.ShouldBeTrue();
        var id = result.Value!;
        id.Kind.ShouldBe(PersonalIdKind.PersonalIdentificationNumber);
        id.ProvinceCode.ShouldBe(province);
        id.ProvinceName.ShouldBe(name);
        id.Sex.ShouldBe(sex);
        id.BirthYear.ShouldBe(year);
        id.Digits.ShouldBe(input);
    }

    [Fact]
    public void Parse_SpacesInside_AreIgnored()
    {
        var result = PersonalIdParser.Parse(" 001 0 85 012345 ");

        result.Ok.ShouldBeTrue();
        result.Value!.Digits.ShouldBe("001085012345");
    }

    [Fact]
    public void Parse_ValidNumber_MasksAllButProvinceAndLastTwoDigits()
    {
        var id = PersonalIdParser.Parse("001085012345").Value!;

        id.Masked.ShouldBe("001*******45");
        id.ToString().ShouldBe("001*******45");
    }

    [Theory]
    [InlineData("003085012345")]
    [InlineData("000085012345")]
    [InlineData("097085012345")]
    [InlineData("999085012345")]
    public void Parse_UnknownProvince_ReturnsUnknownProvinceWithPartialValue(string input)
    {
        var result = PersonalIdParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe(PersonalIdErrorCodes.UnknownProvince);
        result.Value!.ProvinceName.ShouldBeNull();
        result.Value.BirthYear.ShouldBe(1985);
    }

    [Fact]
    public void Parse_LegacyCmnd_IsRecognisedButNotValid()
    {
        var result = PersonalIdParser.Parse("012345678");

        result.Ok.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe(PersonalIdErrorCodes.LegacyCmnd);
        result.Value!.Kind.ShouldBe(PersonalIdKind.LegacyCmnd);
        result.Value.ProvinceCode.ShouldBeNull();
        result.Value.Masked.ShouldBe("*******78");
    }

    [Theory]
    [InlineData("00108501234", 0)]
    [InlineData("0010850123456", 0)]
    [InlineData("001O85012345", 3)]
    [InlineData("001-085-012345", 3)]
    public void Parse_BadShape_ReturnsBadFormat(string input, int position)
    {
        var result = PersonalIdParser.Parse(input);

        result.Ok.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Errors.Single().Code.ShouldBe(PersonalIdErrorCodes.BadFormat);
        result.Errors.Single().Position.ShouldBe(position);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_Empty_ReturnsEmpty(string? input) =>
        PersonalIdParser.Parse(input).Errors.Single().Code.ShouldBe(PersonalIdErrorCodes.Empty);

    [Theory]
    [InlineData("001226012345", 2025, false)]
    [InlineData("001225012345", 2025, true)]
    [InlineData("001226012345", null, true)]
    public void Parse_BirthYearAgainstCurrentYear_RejectsFuture(string input, int? currentYear, bool ok)
    {
        var result = PersonalIdParser.Parse(input, currentYear);

        result.Ok.ShouldBe(ok);
        if (!ok)
        {
            result.Errors.Single().Code.ShouldBe(PersonalIdErrorCodes.BirthYearInFuture);
        }
    }

    [Theory]
    [InlineData("003226012345")]
    [InlineData("012345678")]
    [InlineData("00122601234X")]
    [InlineData("0012260123456")]
    public void Parse_AnyError_MessageNeverContainsTheNumber(string input)
    {
        var result = PersonalIdParser.Parse(input, 2025);

        result.Errors.ShouldNotBeEmpty();
        foreach (var error in result.Errors)
        {
            error.Message.ShouldNotContain(input[..6]);
            error.Message.ShouldNotContain(input[^4..]);
        }
    }
}
