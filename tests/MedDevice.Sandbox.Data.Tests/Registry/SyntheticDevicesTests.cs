using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;
using MedDevice.Hub.Core.Text;
using MedDevice.Mappings.RegistryImport;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Sandbox.Data.Tests.Registry;

public sealed class SyntheticDevicesTests
{
    private static readonly UdiParser Udi = new();

    [Fact]
    public void Get_SameIndex_SameEntry()
    {
        SyntheticDevices.Get(4_242).ShouldBe(SyntheticDevices.Get(4_242));
        SyntheticDevices.Get(4_242).ShouldNotBe(SyntheticDevices.Get(4_243));
        SyntheticDevices.Get(0).RegistrationNumber.ShouldBe("1600001ĐKLH/BYT-TB-CT");
    }

    [Fact]
    public void Get_FirstTwentyThousand_EveryIdentifierIsValidAndFitsTheRiskClass()
    {
        var issuers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in SyntheticDevices.Take(20_000))
        {
            var registration = RegistrationNumberParser.Parse(entry.RegistrationNumber);
            registration.Ok.ShouldBeTrue(entry.RegistrationNumber);
            registration.Value!.Canonical.ShouldBe(entry.RegistrationNumber);
            var riskClass = Enum.Parse<DeviceRiskClasses>(entry.RiskClass!);
            (registration.Value.Classes & riskClass).ShouldBe(riskClass, entry.RegistrationNumber);
            TaxCodeParser.Parse(entry.HolderTaxCode).Ok.ShouldBeTrue(entry.HolderTaxCode);
            entry.DeviceName.ShouldNotBeNullOrWhiteSpace();
            issuers[entry.UdiIssuer ?? "none"] = issuers.GetValueOrDefault(entry.UdiIssuer ?? "none") + 1;
            switch (entry.UdiIssuer)
            {
                case "GS1":
                    entry.UdiDi!.Length.ShouldBe(14);
                    Udi.Parse("(01)" + entry.UdiDi).Ok.ShouldBeTrue(entry.UdiDi);
                    break;
                case "HIBCC":
                    var symbol = "+" + entry.UdiDi;
                    var parsed = Udi.Parse(symbol + HibccCheckCharacter.Compute(symbol));
                    parsed.Ok.ShouldBeTrue(entry.UdiDi);
                    parsed.Di.ShouldBe(entry.UdiDi);
                    break;
                default:
                    entry.UdiDi.ShouldBeNull();
                    break;
            }
        }

        issuers["GS1"].ShouldBeGreaterThan(14_000);
        issuers["HIBCC"].ShouldBeInRange(500, 4_000);
        issuers["none"].ShouldBeInRange(500, 4_000);
    }

    [Fact]
    public void Get_FirstTwoHundredThousand_KeysAreUnique()
    {
        var dis = new HashSet<string>(StringComparer.Ordinal);
        var registrations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in SyntheticDevices.Take(200_000))
        {
            registrations.Add(entry.RegistrationNumber!).ShouldBeTrue(entry.RegistrationNumber);
            if (entry.UdiDi is { } di)
            {
                dis.Add(entry.UdiIssuer + "|" + di).ShouldBeTrue(di);
            }
        }
    }

    [Fact]
    public void Get_LastIndex_HasDistinctCertificateNumberAndBeyondIsRefused()
    {
        var last = SyntheticDevices.Get(SyntheticDevices.MaxCount - 1);
        RegistrationNumberParser.Parse(last.RegistrationNumber).Ok.ShouldBeTrue();
        Should.Throw<ArgumentOutOfRangeException>(() => SyntheticDevices.Get(SyntheticDevices.MaxCount));
    }

    [Fact]
    public void Get_Names_PrefixSearchHitsLargeShareForMayAndFewForAFullName()
    {
        var names = SyntheticDevices.Take(50_000).Select(e => SearchText.Fold(e.DeviceName)).ToList();
        var specific = SearchText.Fold(SyntheticDevices.Get(123).DeviceName);

        var may = names.Count(n => n.StartsWith("may ", StringComparison.Ordinal));
        may.ShouldBeInRange(15_000, 30_000);
        names.Count(n => n.StartsWith("may tho", StringComparison.Ordinal)).ShouldBeInRange(500, 3_000);
        names.Count(n => n.StartsWith(specific, StringComparison.Ordinal)).ShouldBeInRange(1, 20);
        names.ShouldContain(n => n.StartsWith("stent mach vanh", StringComparison.Ordinal));
        SyntheticDevices.Take(1_000).ShouldContain(e => e.DeviceName!.Contains("Máy thở", StringComparison.Ordinal));
    }

    [Fact]
    public void Get_MappedToDevice_IsAValidRegistryEntry()
    {
        foreach (var entry in SyntheticDevices.Take(2_000))
        {
            RegistryEntryValidator.Validate(RegistryEntryMapper.ToDevice(entry)).ShouldBeEmpty(entry.RegistrationNumber);
        }
    }
}
