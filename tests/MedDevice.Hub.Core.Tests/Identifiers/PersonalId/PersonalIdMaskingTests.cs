using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Tests.Identifiers.PersonalId;

public class PersonalIdMaskingTests
{
    [Theory]
    [InlineData("001085012345", "001*******45")]
    [InlineData("012345678", "*******78")]
    [InlineData("0123456789", "********89")]
    [InlineData("1234", "****")]
    [InlineData("", "")]
    public void Mask_KeepsOnlyProvinceOfTwelveDigitsAndLastTwo(string digits, string masked) =>
        PersonalIdMasking.Mask(digits).ShouldBe(masked);
}
