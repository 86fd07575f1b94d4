using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;
using MedDevice.Schemas.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Schemas.Tests.SampleData;

/// <summary>The valid samples carry identifiers the hub's own parsers accept, so they are usable as golden data.</summary>
public sealed class SampleIdentifierTests
{
    private static readonly UdiParser Udi = new(time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)));

    private static Device Registry => ConformanceFiles.Sample(Samples.RegistryEntry);

    private static Device Instance => ConformanceFiles.Sample(Samples.InstanceImplanted);

    [Theory]
    [InlineData(Samples.RegistryEntry)]
    [InlineData(Samples.InstanceImplanted)]
    public void RegistrationNumber_ValidSample_IsCanonical(string sample)
    {
        var value = ConformanceFiles.Sample(sample).Identifier.Single(i => i.System == NamingSystems.RegistrationNumber).Value;

        var parsed = RegistrationNumberParser.Parse(value);

        parsed.Ok.ShouldBeTrue();
        parsed.Value!.Canonical.ShouldBe(value);
    }

    [Fact]
    public void Holder_RegistryEntry_HasAValidTaxCode()
    {
        var parsed = TaxCodeParser.Parse(Registry.Owner!.Identifier!.Value, 2026);

        parsed.Ok.ShouldBeTrue();
        parsed.Value!.Kind.ShouldBe(TaxCodeKind.Organisation);
    }

    [Fact]
    public void CarrierHrf_Instance_ParsesToItsOwnProductionIdentifiers()
    {
        var carrier = Instance.UdiCarrier.Single();

        var parsed = Udi.Parse(carrier.CarrierHRF);

        parsed.Ok.ShouldBeTrue();
        parsed.Issuer.ShouldBe(UdiIssuer.Gs1);
        parsed.Di.ShouldBe(carrier.DeviceIdentifier);
        parsed.Lot.ShouldBe(Instance.LotNumber);
        parsed.Serial.ShouldBe(Instance.SerialNumber);
        parsed.Expiry.ShouldBe(DateOnly.Parse(Instance.ExpirationDate!, System.Globalization.CultureInfo.InvariantCulture));
        parsed.Manufactured.ShouldBe(DateOnly.Parse(Instance.ManufactureDate!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RegistryEntry_Instance_PointsAtTheRegistrySampleWithTheSameDi()
    {
        var link = Instance.Extension.Single(e => e.Url == ConformanceFiles.Canonical("StructureDefinition", "registry-entry")).Value.ShouldBeOfType<ResourceReference>();

        link.Reference.ShouldBe("Device/" + Registry.Id);
        Instance.UdiCarrier.Single().DeviceIdentifier.ShouldBe(Registry.UdiCarrier.Single().DeviceIdentifier);
        Instance.UdiCarrier.Single().Issuer.ShouldBe(Registry.UdiCarrier.Single().Issuer);
    }

    [Fact]
    public void DeviceKey_RegistryAndInstance_AreTheSameModel()
    {
        // The mappings key a device by issuer + UDI-DI: the lot and its registry entry share it, which is why an
        // instance must be stored as its own resource (its own id), never upserted onto the registry entry's key.
        RegistryDeviceReader.DeviceKeyOf(Registry).ShouldBe(RegistryDeviceReader.DeviceKeyOf(Instance));
    }

    [Fact]
    public void Names_ValidSamples_AreVietnamese()
    {
        Registry.DeviceName.Select(n => n.Name).ShouldContain("Stent động mạch vành phủ thuốc Sirolimus");
        Instance.DeviceName.Select(n => n.Name).ShouldContain("Stent động mạch vành phủ thuốc Sirolimus");
    }

    [Fact]
    public void Patient_Instance_IsAHubPseudonym()
    {
        Instance.Patient!.Identifier!.Value!.ShouldMatch("^psn:[a-z0-9-]{1,16}:[0-9a-f]{64}$");
    }
}
