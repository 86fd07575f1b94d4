using MedDevice.Hub.Sandbox;
using Microsoft.Extensions.Configuration;

namespace MedDevice.Hub.Tests.Sandbox;

public sealed class CustomsSimulatorSettingsTests
{
    [Fact]
    public void Problems_Defaults_None()
    {
        var options = new CustomsSimulatorOptions();

        options.Problems().ShouldBeEmpty();
        options.Declarations.ShouldBe(20);
        options.Interval.ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(-1, "00:00:03", null, "Declarations")]
    [InlineData(CustomsSimulatorOptions.MaxDeclarations + 1, "00:00:03", null, "Declarations")]
    [InlineData(5, "-00:00:01", null, "Interval")]
    [InlineData(5, "00:00:03", 1_000_000_000L, "FirstSequence")]
    public void Problems_OutOfRange_NamesTheSetting(int declarations, string interval, long? first, string setting)
    {
        var options = new CustomsSimulatorOptions { Declarations = declarations, Interval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture), FirstSequence = first };

        options.Problems().ShouldHaveSingleItem().ShouldContain("Hub:Sandbox:Customs:" + setting);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("false", null, false)]
    [InlineData(null, "Production", false)]
    [InlineData("true", "production", false)]
    [InlineData("true", "Development", true)]
    public void InProcess_EnabledAndProfile_RunsOnlyOutsideProduction(string? enabled, string? profile, bool runs)
    {
        var settings = new Dictionary<string, string?>();
        if (enabled is not null)
        {
            settings["Hub:Sandbox:Enabled"] = enabled;
        }

        if (profile is not null)
        {
            settings["Hub:Security:Profile"] = profile;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        (SandboxActivation.InProcess(configuration) is not null).ShouldBe(runs);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/soap/customs")]
    [InlineData("http://[::]:6000", "http://127.0.0.1:6000/soap/customs")]
    [InlineData("http://0.0.0.0:6000", "http://127.0.0.1:6000/soap/customs")]
    [InlineData("http://+:6000", "http://127.0.0.1:6000/soap/customs")]
    [InlineData("http://*:6000", "http://127.0.0.1:6000/soap/customs")]
    [InlineData("http://localhost:6000", "http://localhost:6000/soap/customs")]
    public void SoapEndpoint_ListeningAddress_OwnCustomsEndpointOnLoopback(string address, string expected)
    {
        CustomsSimulator.SoapEndpoint([address]).ShouldBe(new Uri(expected));
    }

    [Fact]
    public void SoapEndpoint_HttpsBeforeHttp_PlainAddressChosen_NoneWithoutOne()
    {
        CustomsSimulator.SoapEndpoint(["https://127.0.0.1:6443", "http://127.0.0.1:6000"]).ShouldBe(new Uri("http://127.0.0.1:6000/soap/customs"));
        CustomsSimulator.SoapEndpoint(["https://127.0.0.1:6443"]).ShouldBeNull();
        CustomsSimulator.SoapEndpoint([]).ShouldBeNull();
    }
}
