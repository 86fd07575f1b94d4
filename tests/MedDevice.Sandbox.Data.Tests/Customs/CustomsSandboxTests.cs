using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Soap;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Xml;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Sandbox.Data.Tests.Customs;

public sealed class CustomsSandboxTests
{
    private static readonly CustomsDeclarationGenerator Generator = new(24);
    private static readonly UdiParser Parser = new();

    [Fact]
    public void Fixture_FirstThousand_ValidUniqueGtinsAndRegistrationNumbers()
    {
        var entries = CustomsRegistryFixture.Take(1_000).ToList();

        entries.ShouldAllBe(e => Parser.Parse("(01)" + e.Gtin).Ok);
        entries.ShouldAllBe(e => RegistrationNumberParser.Parse(e.RegistrationNumber).Ok && RegistrationNumberParser.Parse(e.RegistrationNumber).Value!.Canonical == e.RegistrationNumber);
        entries.Select(e => e.Gtin).ShouldBeUnique();
        entries.Select(e => e.RegistrationNumber).ShouldBeUnique();
        entries.Count(e => e.RecalledLot is not null).ShouldBe(143);
    }

    [Fact]
    public void Create_SameSequence_SameDeclarationAnotherSequenceAnother()
    {
        Generator.Create(7, CustomsScenario.Valid).ShouldBeEquivalentTo(Generator.Create(7, CustomsScenario.Valid));
        Generator.Create(7, CustomsScenario.Valid).Number.ShouldNotBe(Generator.Create(8, CustomsScenario.Valid).Number);
    }

    [Theory]
    [InlineData(CustomsScenario.Valid)]
    [InlineData(CustomsScenario.Unregistered)]
    [InlineData(CustomsScenario.Recalled)]
    [InlineData(CustomsScenario.PriceAnomalous)]
    public void Create_Scenario_TenLinesWithValidIdentifiersAndTheScenarioOnLineOne(CustomsScenario scenario)
    {
        var declaration = Generator.Create(1234, scenario);

        declaration.Lines.Count.ShouldBe(10);
        declaration.Number.Length.ShouldBe(12);
        TaxCodeParser.Parse(declaration.ImporterTaxCode).Ok.ShouldBeTrue();
        declaration.Lines.SelectMany(l => l.Udis).ShouldAllBe(u => Parser.Parse(u).Ok);
        declaration.Lines.ShouldAllBe(l => RegistrationNumberParser.Parse(l.RegistrationNumber).Ok);
        var first = declaration.Lines[0];
        var gtin = Parser.Parse(first.Udis[0]).Di![1..];
        var registered = CustomsRegistryFixture.Take(24).ToDictionary(e => e.Gtin[1..]);
        switch (scenario)
        {
            case CustomsScenario.Unregistered:
                registered.ShouldNotContainKey(gtin);
                break;
            case CustomsScenario.Recalled:
                Parser.Parse(first.Udis[0]).Lot.ShouldBe(registered[gtin].RecalledLot);
                break;
            case CustomsScenario.PriceAnomalous:
                first.UnitPrice.ShouldBe(registered[gtin].ReferencePriceVnd * 0.4m);
                break;
            default:
                Math.Abs(first.UnitPrice / registered[gtin].ReferencePriceVnd - 1).ShouldBeLessThanOrEqualTo(0.1m);
                break;
        }
    }

    [Theory]
    [InlineData(CustomsMalformation.Truncated, SafeXmlErrorCodes.Malformed)]
    [InlineData(CustomsMalformation.EntityBomb, SafeXmlErrorCodes.DtdProhibited)]
    [InlineData(CustomsMalformation.SchemaViolation, CustomsFaultCodes.SchemaViolation)]
    [InlineData(CustomsMalformation.UnknownDocumentType, CustomsFaultCodes.UnknownDocumentType)]
    public void Break_Request_TheAdapterRefusesItWithTheExpectedCode(CustomsMalformation malformation, string code)
    {
        var sender = new CustomsSender(new HttpClient(), new Uri("http://127.0.0.1:1/soap/customs"), "vn-customs", signer: null);
        var request = sender.Build(Generator.Create(1, CustomsScenario.Valid, lines: 2), CustomsFunction.Declare, "m-1", DateTimeOffset.UnixEpoch);

        CustomsRequestReader.Read(request).Fault.ShouldBeNull();
        CustomsRequestReader.Read(CustomsMalformer.Break(request, malformation)).Fault.ShouldNotBeNull().Code.ShouldBe(code);
    }
}
