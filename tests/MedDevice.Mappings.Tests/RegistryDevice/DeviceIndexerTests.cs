using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Registry;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;
using P = MedDevice.Hub.Core.Registry.DeviceSearchParameters;

namespace MedDevice.Mappings.Tests.RegistryDevice;

public sealed class DeviceIndexerTests
{
    private static Device RegistryEntry() => new()
    {
        Identifier = { new Identifier(NamingSystems.RegistrationNumber, "2502433 DKLH/BYT-HTTB"), new Identifier("urn:other", "X-1") },
        UdiCarrier = { new Device.UdiCarrierComponent { DeviceIdentifier = "08717648200274", Issuer = "http://hl7.org/fhir/NamingSystem/gs1-di" } },
        DeviceName = { new Device.DeviceNameComponent { Name = "Máy thở chức năng cao", Type = DeviceNameType.UserFriendlyName } },
        Type = new CodeableConcept("http://snomed.info/sct", "706172005", "Ventilator", "Máy thở"),
        Manufacturer = "Hãng Ánh Dương",
        ModelNumber = "VT-500",
        Status = Device.FHIRDeviceStatus.Active,
        Owner = new ResourceReference("Organization/org-1") { Identifier = new Identifier(NamingSystems.TaxCode, "0100109106") },
        Location = new ResourceReference("Location/loc-1"),
        Url = "https://example.vn/devices/vt-500",
        Extension = { new Extension(HubFhirUrls.RiskClassExtension, new Coding(HubFhirUrls.RiskClassCodeSystem, "C")) },
    };

    [Fact]
    public void Index_RegistryEntry_KeysAreUdiDiAndCanonicalRegistration()
    {
        var index = DeviceIndexer.Index(RegistryEntry());

        index.UdiDiKey.ShouldBe("http://hl7.org/fhir/NamingSystem/gs1-di|08717648200274");
        index.RegistrationNumber.ShouldBe("2502433ĐKLH/BYT-HTTB");
        index.Status.ShouldBe("active");
        index.InstanceKey.ShouldBeNull();
    }

    [Fact]
    public void Index_RegistryEntry_EveryParameterHasItsValue()
    {
        var index = DeviceIndexer.Index(RegistryEntry());

        index.Tokens.ShouldContain(new DeviceTokenValue(P.Identifier, "urn:other", "X-1"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.RegistrationNumber, NamingSystems.RegistrationNumber, "2502433ĐKLH/BYT-HTTB"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Status, HubFhirUrls.DeviceStatusCodeSystem, "active"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Type, "http://snomed.info/sct", "706172005"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Organization, null, "Organization/org-1"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Location, null, "Location/loc-1"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Holder, NamingSystems.TaxCode, "0100109106"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Url, null, "https://example.vn/devices/vt-500"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.RiskClass, HubFhirUrls.RiskClassCodeSystem, "C"));
        index.Strings.ShouldContain(new DeviceStringValue(P.DeviceName, "Máy thở chức năng cao"));
        index.Strings.ShouldContain(new DeviceStringValue(P.DeviceName, "Ventilator"));
        index.Strings.ShouldContain(new DeviceStringValue(P.DeviceName, "Máy thở"));
        index.Strings.ShouldContain(new DeviceStringValue(P.Manufacturer, "Hãng Ánh Dương"));
        index.Strings.ShouldContain(new DeviceStringValue(P.Model, "VT-500"));
        index.Strings.ShouldContain(new DeviceStringValue(P.UdiDi, "08717648200274"));
        index.Tokens.Select(t => t.Param).Concat(index.Strings.Select(s => s.Param)).ShouldAllBe(p => P.All.ContainsKey(p));
    }

    [Fact]
    public void Index_InstanceLevel_HasNoBusinessKeysButSearchableLotSerialPatient()
    {
        var device = RegistryEntry();
        device.LotNumber = "LOT-7";
        device.SerialNumber = "SN-0001";
        device.Patient = new ResourceReference("Patient/p-1");
        device.UdiCarrier[0].CarrierHRF = "(01)08717648200274(10)LOT-7(21)SN-0001";

        var index = DeviceIndexer.Index(device);

        index.UdiDiKey.ShouldBeNull();
        index.RegistrationNumber.ShouldBeNull();
        index.InstanceKey.ShouldBe("http://hl7.org/fhir/NamingSystem/gs1-di|08717648200274|lot=LOT-7|sn=SN-0001");
        index.Strings.ShouldContain(new DeviceStringValue(P.LotNumber, "LOT-7"));
        index.Strings.ShouldContain(new DeviceStringValue(P.SerialNumber, "SN-0001"));
        index.Strings.ShouldContain(new DeviceStringValue(P.UdiCarrier, "(01)08717648200274(10)LOT-7(21)SN-0001"));
        index.Tokens.ShouldContain(new DeviceTokenValue(P.Patient, null, "Patient/p-1"));
    }

    [Fact]
    public void Index_NoStatus_StatusUnknownAndNoStatusToken()
    {
        var device = RegistryEntry();
        device.Status = null;

        var index = DeviceIndexer.Index(device);

        index.Status.ShouldBe("unknown");
        index.Tokens.ShouldNotContain(t => t.Param == P.Status);
    }
}
