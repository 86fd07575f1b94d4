using System.Text;
using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Mappings.Tests.RegistryImport;

public sealed class RegistryEntryValidatorTests
{
    private static readonly RegistryEntry Valid = new("2400123ĐKLH/BYT-HTTB", "08717648200274", "GS1", "Máy thở chức năng cao", "urn:x", "vent", "Máy thở",
        "Aurelis Medical GmbH", "VT-300A01", "C", "0100109106", "Công ty TNHH Thiết bị Y tế An Bình", "active");

    [Fact]
    public void Validate_ValidEntry_HasNoIssuesAndTheRegistryShape()
    {
        var device = RegistryEntryMapper.ToDevice(Valid);

        RegistryEntryValidator.Validate(device).ShouldBeEmpty();
        device.Identifier.ShouldHaveSingleItem().System.ShouldBe(NamingSystems.RegistrationNumber);
        device.UdiCarrier.ShouldHaveSingleItem().Issuer.ShouldBe(UdiIssuerSystems.Gs1);
        device.UdiCarrier[0].Jurisdiction.ShouldBe(UdiIssuerSystems.VietnamJurisdiction);
        device.Owner!.Identifier!.System.ShouldBe(NamingSystems.TaxCode);
        DeviceIndexer.Index(device).UdiDiKey.ShouldBe(UdiIssuerSystems.Gs1 + "|08717648200274");
    }

    [Theory]
    [InlineData("udi", "08717648200275", "UDI-GS1-105")]
    [InlineData("udi-hibcc", "A123", "UDI-HIBC-003")]
    [InlineData("issuer", "ICCBBA", "IMP-004")]
    [InlineData("registration", "12345", "REG-002")]
    [InlineData("risk", "A", "IMP-006")]
    [InlineData("risk", "E", "IMP-005")]
    [InlineData("tax", "0100109107", "MST-003")]
    [InlineData("tax", "", "IMP-002")]
    [InlineData("name", "", "IMP-002")]
    [InlineData("holder", "", "IMP-002")]
    public void Validate_OneProblem_ReportsItsCode(string field, string value, string code)
    {
        var entry = field switch
        {
            "udi" => Valid with { UdiDi = value },
            "udi-hibcc" => Valid with { UdiDi = value, UdiIssuer = "HIBCC" },
            "issuer" => Valid with { UdiIssuer = value },
            "registration" => Valid with { RegistrationNumber = value },
            "risk" => Valid with { RiskClass = value },
            "tax" => Valid with { HolderTaxCode = value },
            "name" => Valid with { DeviceName = value },
            _ => Valid with { HolderName = value },
        };

        RegistryEntryValidator.Validate(RegistryEntryMapper.ToDevice(entry)).Select(i => i.Code).ShouldBe([code]);
    }

    [Fact]
    public void Validate_InstanceOrKeylessDevice_IsRejected()
    {
        var instance = RegistryEntryMapper.ToDevice(Valid);
        instance.LotNumber = "L1";
        var keyless = RegistryEntryMapper.ToDevice(Valid with { RegistrationNumber = null, UdiDi = null });

        RegistryEntryValidator.Validate(instance).Select(i => i.Code).ShouldBe([RegistryEntryErrorCodes.InstanceLevel]);
        RegistryEntryValidator.Validate(keyless).Select(i => i.Code).ShouldBe([RegistryDeviceErrorCodes.NoDeviceKey]);
    }

    [Fact]
    public void Validate_PersonalTaxCodeProblem_MessageNeverContainsTheValue()
    {
        var issues = RegistryEntryValidator.Validate(RegistryEntryMapper.ToDevice(Valid with { HolderTaxCode = "999085012345" }));

        issues.ShouldNotBeEmpty();
        issues.ShouldAllBe(i => !i.Message.Contains("999085012345"));
    }

    [Fact]
    public void ToStoredJson_DropsIdAndVersionMetaAndIsStable()
    {
        var device = RegistryEntryMapper.ToDevice(Valid);
        var plain = RegistryDeviceJson.ToStoredJson(device);
        var withMeta = RegistryEntryMapper.ToDevice(Valid);
        withMeta.Id = "abc";
        withMeta.Meta = new Meta { VersionId = "3", LastUpdated = DateTimeOffset.UnixEpoch };

        RegistryDeviceJson.ToStoredJson(withMeta).ShouldBe(plain);
        var text = Encoding.UTF8.GetString(plain);
        text.ShouldContain("\"Máy thở chức năng cao\"");
        text.ShouldNotContain("\"id\"");
        RegistryDeviceReader.Read(plain).Ok.ShouldBeTrue();
    }
}
