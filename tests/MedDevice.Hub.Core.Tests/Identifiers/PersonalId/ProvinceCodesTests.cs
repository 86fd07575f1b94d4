using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Tests.Identifiers.PersonalId;

public class ProvinceCodesTests
{
    [Fact]
    public void All_HasTheSixtyThreeProvincesBetween001And096()
    {
        ProvinceCodes.All.Count.ShouldBe(63);
        ProvinceCodes.All.Keys.ShouldAllBe(k => k.Length == 3 && k.All(char.IsAsciiDigit) && string.CompareOrdinal(k, "001") >= 0 && string.CompareOrdinal(k, "096") <= 0);
        ProvinceCodes.All.Values.Distinct().Count().ShouldBe(63);
    }

    [Theory]
    [InlineData("001", "Hà Nội")]
    [InlineData("031", "Hải Phòng")]
    [InlineData("046", "Thừa Thiên Huế")]
    [InlineData("079", "Hồ Chí Minh")]
    [InlineData("092", "Cần Thơ")]
    public void NameOf_KnownCode_ReturnsName(string code, string name) => ProvinceCodes.NameOf(code).ShouldBe(name);

    [Theory]
    [InlineData("003")]
    [InlineData("1")]
    [InlineData("097")]
    public void NameOf_UnknownCode_ReturnsNull(string code) => ProvinceCodes.NameOf(code).ShouldBeNull();
}
