using MedDevice.Hub.Core.Identifiers;

namespace MedDevice.Hub.Core.Tests.Identifiers;

public class IdentifierKindDetectorTests
{
    [Theory]
    [InlineData("170000206/PCBA-HCM", IdentifierKind.Registration)]
    [InlineData("2502433DKLH/BYT-HTTB", IdentifierKind.Registration)]
    [InlineData("1234NK/BYT-TB-CT", IdentifierKind.Registration)]
    [InlineData("0100109106", IdentifierKind.TaxCode)]
    [InlineData("0100109106-001", IdentifierKind.TaxCode)]
    [InlineData("0100109106 - 001", IdentifierKind.TaxCode)]
    [InlineData("0100109106001", IdentifierKind.TaxCode)]
    [InlineData("001085012345", IdentifierKind.PersonalId)]
    [InlineData("012345678", IdentifierKind.PersonalId)]
    public void Detect_KnownShape_ReturnsKind(string input, IdentifierKind kind) =>
        IdentifierKindDetector.Detect(input).ShouldBe(kind);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("01001091-06")]
    [InlineData("++--")]
    public void Detect_UnknownShape_ReturnsNull(string? input) =>
        IdentifierKindDetector.Detect(input).ShouldBeNull();
}
