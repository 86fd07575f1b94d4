using System.Text;
using System.Text.Json;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using Hl7.Fhir.Serialization;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Mappings.Tests.Customs;

/// <summary>
/// Every Device the customs mapping produces (golden cases and sandbox declarations of every scenario) conforms to the
/// instance profile's rules (vdi-1, vdi-2, differential cardinalities and slices) and can never pass as a registry entry
/// (vnd-2); the registry entries the sandbox seeds conform to the registry profile.
/// </summary>
public sealed class CustomsProfileTests
{
    private const int RegistrySize = 24;
    private static readonly ProfileRules Instance = ProfileRules.Load("vn-device-instance");
    private static readonly ProfileRules Registry = ProfileRules.Load("vn-registry-device");
    private static readonly BaseFhirJsonDeserializer Deserializer = new(ModelInfo.ModelInspector);

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Customs", "Golden"), "*.input.xml").Order(StringComparer.Ordinal))
        {
            data.Add("golden:" + Path.GetFileName(file));
        }

        foreach (var scenario in Enum.GetValues<CustomsScenario>())
        {
            data.Add("sandbox:" + scenario);
        }

        return data;
    }

    [Fact]
    public void Rules_InstanceAndRegistryProfiles_IncludeTheirInvariantsAndCardinalities()
    {
        Instance.Rules.Select(r => r.Name).ShouldContain("vdi-1");
        Instance.Rules.Select(r => r.Name).ShouldContain("vdi-2");
        Instance.Rules.Select(r => r.Name).ShouldContain("Device.udiCarrier max 1");
        Instance.Rules.Select(r => r.Name).ShouldContain("Device.extension:registryEntry max 1");
        Registry.Rules.Select(r => r.Name).ShouldContain("vnd-1");
        Registry.Rules.Select(r => r.Name).ShouldContain("vnd-2");
        Registry.Rules.Select(r => r.Name).ShouldContain("vnd-3");
    }

    [Fact]
    public void Rules_DeviceBreakingThem_AreReported()
    {
        var device = new Device { UdiCarrier = [new Device.UdiCarrierComponent(), new Device.UdiCarrierComponent()], Owner = new ResourceReference("Organization/x") };

        var broken = Instance.Broken(device);

        broken.ShouldContain(b => b.StartsWith("vdi-1", StringComparison.Ordinal));
        broken.ShouldContain(b => b.StartsWith("Device.udiCarrier max 1", StringComparison.Ordinal));
        broken.ShouldContain(b => b.StartsWith("Device.udiCarrier.deviceIdentifier min 1", StringComparison.Ordinal));
        broken.ShouldContain(b => b.StartsWith("Device.owner.display min 1", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Map_Declaration_EveryDeviceConformsToTheInstanceProfile(string source)
    {
        var devices = Devices(source);

        devices.ShouldNotBeEmpty();
        foreach (var device in devices)
        {
            Instance.Broken(device).ShouldBeEmpty(source);
            device.IsTrue(Registry.Rules.Single(r => r.Name == "vnd-2").Expression, new FhirEvaluationContext()).ShouldBeFalse(source);
        }
    }

    [Fact]
    public void Fixture_SandboxRegistryEntries_ConformToTheRegistryProfile()
    {
        foreach (var entry in CustomsRegistryFixture.Take(RegistrySize))
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(CustomsRegistryFixture.DeviceJson(entry)));
            var device = (Device)Deserializer.DeserializeResource(ref reader);
            Registry.Broken(device).ShouldBeEmpty(entry.Gtin);
        }
    }

    private static List<Device> Devices(string source)
    {
        if (source.StartsWith("golden:", StringComparison.Ordinal))
        {
            var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Customs", "Golden", source["golden:".Length..]));
            return Plan(CustomsGoldenCase.Map(CustomsGoldenCase.Read(xml), GoldenRegistry.Lookups));
        }

        var generator = new CustomsDeclarationGenerator(RegistrySize);
        var scenario = Enum.Parse<CustomsScenario>(source["sandbox:".Length..]);
        return Enumerable.Range(1, 3).SelectMany(sequence => Plan(CustomsGoldenCase.Map(generator.Create(sequence, scenario, lines: 5), SandboxLookups()))).ToList();
    }

    private static List<Device> Plan(CustomsGoldenCase.Mapped mapped) => mapped.Plans.SelectMany(p => p.Instances).Select(i => i.Device).ToList();

    private static CustomsLookups SandboxLookups()
    {
        var entries = new Dictionary<string, RegistryEntryFact>(StringComparer.Ordinal);
        foreach (var entry in CustomsRegistryFixture.Take(RegistrySize))
        {
            var fact = new RegistryEntryFact("entry-" + entry.Index, "active", false, UdiIssuerNamingSystems.Gs1 + "|" + entry.Gtin, entry.RegistrationNumber);
            entries[fact.UdiDiKey!] = fact;
            entries[entry.RegistrationNumber] = fact;
        }

        var recalls = CustomsRegistryFixture.Take(RegistrySize).Where(e => e.RecalledLot is not null)
            .Select(e => new RecallFact(UdiIssuerNamingSystems.Gs1 + "|" + e.Gtin, e.RecalledLot, "test recall", 0)).ToList();
        return new CustomsLookups(entries, recalls, CustomsRegistryFixture.Take(RegistrySize)
            .ToDictionary(e => UdiIssuerNamingSystems.Gs1 + "|" + e.Gtin, e => new ReferencePriceFact(e.ReferencePriceVnd, "registry"), StringComparer.Ordinal));
    }
}
