using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Core.Tests.Privacy;

public class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("CCCD 001085012345 of owner", "CCCD [redacted-id] of owner")]
    [InlineData("001085012345", "[redacted-id]")]
    [InlineData("cmnd:012345678.", "cmnd:[redacted-id].")]
    [InlineData("ids=[\"001085012345\",\"079203001234\"]", "ids=[\"[redacted-id]\",\"[redacted-id]\"]")]
    [InlineData("thẻ BHYT DN4797915123456 hết hạn", "thẻ BHYT [redacted-card] hết hạn")]
    [InlineData("card=dn4797915123456", "card=[redacted-card]")]
    [InlineData("sinh ngày 17/05/1990", "sinh ngày [redacted-date]")]
    [InlineData("born 7-5-1990 and 17.05.1990", "born [redacted-date] and [redacted-date]")]
    [InlineData("birthDate 1990-05-17.", "birthDate [redacted-date].")]
    [InlineData("\"birthDate\":\"1990/05/17\"", "\"birthDate\":\"[redacted-date]\"")]
    public void Redact_PersonalValues_AreReplaced(string text, string expected) =>
        PersonalDataRedactor.Redact(text).ShouldBe(expected);

    [Theory]
    [InlineData("GTIN 08717648200274 lot A1")]
    [InlineData("(01)08717648200274(17)271231(10)A1")]
    [InlineData("EAN 8717648200274")]
    [InlineData("MST 0101234567")]
    [InlineData("MST 0101234567-001")]
    [InlineData("message 01JH4Z8Q2V0123456789012ABC failed")]
    [InlineData("lot X001085012345 and 001085012345Y and 0010850123456")]
    [InlineData("port 5080, 3 attempts, 10737418240 bytes")]
    [InlineData("at 2026-01-05T10:00:00Z")]
    [InlineData("registration 2502433ĐKLH/BYT-HTTB")]
    [InlineData("no digits at all")]
    public void Redact_NonPersonalValues_AreKept(string text) =>
        PersonalDataRedactor.Redact(text).ShouldBe(text);

    [Fact]
    public void Redact_NothingToRedact_ReturnsSameInstance()
    {
        var text = "GTIN 08717648200274";

        PersonalDataRedactor.Redact(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("x 001085012345 y", true)]
    [InlineData("GTIN 08717648200274", false)]
    public void ContainsPersonalData_AgreesWithRedact(string text, bool expected) =>
        PersonalDataRedactor.ContainsPersonalData(text).ShouldBe(expected);
}
