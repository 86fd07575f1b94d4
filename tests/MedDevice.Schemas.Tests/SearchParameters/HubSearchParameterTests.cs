using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;
using MedDevice.Schemas.Tests.Infrastructure;

namespace MedDevice.Schemas.Tests.SearchParameters;

public sealed class HubSearchParameterTests
{
    private const string TaxCodeSystem = ConformanceFiles.CanonicalBase + "/NamingSystem/tax-code";
    private const string RiskClassUrl = ConformanceFiles.CanonicalBase + "/StructureDefinition/risk-class";

    // An independent C# reading of what each parameter means, to compare the FHIRPath expressions with.
    private static readonly Dictionary<string, Func<Device, IEnumerable<string>>> Oracle = new(StringComparer.Ordinal)
    {
        ["registration-number"] = d => d.Identifier.Where(i => i.System == NamingSystems.RegistrationNumber).Select(i => $"{i.System}|{i.Value}"),
        ["risk-class"] = d => d.Extension.Where(e => e.Url == RiskClassUrl).Select(e => e.Value).OfType<Coding>().Select(c => $"{c.System}|{c.Code}"),
        ["holder"] = d => d.Owner?.Identifier is { } id ? [$"{id.System}|{id.Value}"] : [],
        ["serial-number"] = d => d.SerialNumber is { } s ? [s] : [],
        ["lot-number"] = d => d.LotNumber is { } l ? [l] : [],
    };

    public static TheoryData<string> HubCodes() => new(Oracle.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string, string> HubCodesBySample()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in Oracle.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var sample in Samples.Names)
            {
                data.Add(code, sample);
            }
        }

        return data;
    }

    private static SearchParameter ByCode(string code) =>
        ConformanceFiles.OfType<SearchParameter>().Single(p => p.Code == code);

    private static string ExpressionOf(string code) => ByCode(code).Expression ?? throw new InvalidDataException($"{code} has no expression.");

    private static List<string> Evaluate(string code, string sample) =>
        FhirPathEngine.Select(ConformanceFiles.Sample(sample), ExpressionOf(code)).Select(FhirPathEngine.Render).ToList();

    [Fact]
    public void SchemaDirectory_HubSearchParameters_AreExactlyTheFiveOfTheIssue()
    {
        ConformanceFiles.OfType<SearchParameter>().Select(p => p.Code).Order(StringComparer.Ordinal)
            .ShouldBe(["holder", "lot-number", "registration-number", "risk-class", "serial-number"]);
    }

    [Theory]
    [MemberData(nameof(HubCodes))]
    public void Definition_HubParameter_IsOnDeviceWithFhirPathAndNormalXPathUsage(string code)
    {
        var parameter = ByCode(code);

        parameter.Base.ShouldBe([ResourceType.Device]);
        parameter.Id.ShouldBe("Device-" + code);
        parameter.Url.ShouldBe(ConformanceFiles.Canonical("SearchParameter", "Device-" + code));
        parameter.XpathUsage.ShouldBe(SearchParameter.XPathUsageType.Normal);
        parameter.Expression.ShouldStartWith("Device.");
        parameter.Xpath.ShouldStartWith("f:Device/");
        Regex.IsMatch(parameter.Name ?? string.Empty, "^[A-Z][A-Za-z0-9_]{0,254}$").ShouldBeTrue("spd-0: the name is usable as an identifier");
        parameter.Description.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("registration-number", SearchParamType.Token)]
    [InlineData("risk-class", SearchParamType.Token)]
    [InlineData("holder", SearchParamType.Token)]
    [InlineData("serial-number", SearchParamType.String)]
    [InlineData("lot-number", SearchParamType.String)]
    public void Type_HubParameter_IsTheDecidedOne(string code, SearchParamType expected)
    {
        ByCode(code).Type.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(HubCodes))]
    public void Compile_HubParameterExpression_Succeeds(string code)
    {
        Should.NotThrow(() => FhirPathEngine.Compile(ExpressionOf(code)));
    }

    [Theory]
    [MemberData(nameof(HubCodesBySample))]
    public void Select_HubParameterOnSample_MatchesIndependentReading(string code, string sample)
    {
        var expected = Oracle[code](ConformanceFiles.Sample(sample)).ToList();

        Evaluate(code, sample).ShouldBe(expected);
    }

    [Theory]
    [InlineData("registration-number", Samples.RegistryEntry, "https://fhir.meddevice.gov.vn/NamingSystem/registration-number|2502433ĐKLH/BYT-HTTB")]
    [InlineData("registration-number", Samples.InstanceImplanted, "https://fhir.meddevice.gov.vn/NamingSystem/registration-number|2502433ĐKLH/BYT-HTTB")]
    [InlineData("risk-class", Samples.RegistryEntry, "https://fhir.meddevice.gov.vn/CodeSystem/risk-class|D")]
    [InlineData("holder", Samples.RegistryEntry, TaxCodeSystem + "|0301234562")]
    [InlineData("serial-number", Samples.InstanceImplanted, "SN000123")]
    [InlineData("lot-number", Samples.InstanceImplanted, "L2511-07A")]
    public void Select_HubParameterOnValidSample_FindsTheValue(string code, string sample, string expected)
    {
        Evaluate(code, sample).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("serial-number")]
    [InlineData("lot-number")]
    public void Select_ProductionIdentifierOnRegistryEntry_FindsNothing(string code)
    {
        Evaluate(code, Samples.RegistryEntry).ShouldBeEmpty();
    }

    [Fact]
    public void Select_RegistrationNumberOnOtherIdentifierSystem_FindsNothing()
    {
        // The invalid entry carries an import-licence identifier only: the parameter must filter on the system.
        Evaluate("registration-number", Samples.InvalidRegistryEntry).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("registration-number", "identifier")]
    [InlineData("risk-class", "extension")]
    [InlineData("holder", "owner")]
    [InlineData("serial-number", "serialNumber")]
    [InlineData("lot-number", "lotNumber")]
    public void XPath_HubParameter_NamesTheSameElementAsTheExpression(string code, string element)
    {
        var parameter = ByCode(code);

        parameter.Expression.ShouldStartWith("Device." + element);
        parameter.Xpath.ShouldStartWith("f:Device/f:" + element);
    }
}
