using System.Globalization;
using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>
/// Devices as the MOH registry sends them: DI-level registry entries (UDI-DI and/or registration number, risk
/// class, holder) and instance-level lots/units. Unique keys come from a counter, so tests never collide.
/// </summary>
public static class RegistryDevices
{
    public const string Gs1 = "http://hl7.org/fhir/NamingSystem/gs1-di";

    private static int _counter = Random.Shared.Next(1_000, 9_000) * 10;

    /// <summary>A DI-level registry entry.</summary>
    public static Device Entry(string name, string? di, string? registrationNumber, string riskClass = "C", string holderTaxCode = "0100109106",
        Device.FHIRDeviceStatus status = Device.FHIRDeviceStatus.Active)
    {
        var device = new Device
        {
            Status = status,
            DeviceName = [new Device.DeviceNameComponent { Name = name, Type = DeviceNameType.UserFriendlyName }],
            Extension = [RiskClass(riskClass)],
            Owner = new ResourceReference { Identifier = new Identifier(NamingSystems.TaxCode, holderTaxCode), Display = "Công ty mẫu " + holderTaxCode },
        };
        if (di is not null)
        {
            device.UdiCarrier = [new Device.UdiCarrierComponent { DeviceIdentifier = di, Issuer = Gs1, Jurisdiction = HubFhirUrls.CanonicalBase }];
        }

        if (registrationNumber is not null)
        {
            device.Identifier = [new Identifier(NamingSystems.RegistrationNumber, registrationNumber)];
        }

        return device;
    }

    /// <summary>A registry entry with a fresh UDI-DI and registration number.</summary>
    public static Device UniqueEntry(string name = "Máy thở chức năng cao") => Entry(name, UniqueDi(), UniqueRegistrationNumber());

    /// <summary>The risk-class extension.</summary>
    public static Extension RiskClass(string code) => new(HubFhirUrls.RiskClassExtension, new Coding(HubFhirUrls.RiskClassCodeSystem, code));

    /// <summary>The registration number of a device (its registration-number identifier).</summary>
    public static string RegistrationNumberOf(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return device.Identifier.First(i => i.System == NamingSystems.RegistrationNumber).Value!;
    }

    /// <summary>A fresh GTIN-14 with a valid check digit.</summary>
    public static string UniqueDi()
    {
        var body = "0893" + Interlocked.Increment(ref _counter).ToString("D9", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (body[12 - i] - '0') * (i % 2 == 0 ? 3 : 1);
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A fresh class C/D registration number in the current form (<c>YYNNNNNĐKLH/BYT-HTTB</c>).</summary>
    public static string UniqueRegistrationNumber() =>
        "25" + (Interlocked.Increment(ref _counter) % 100_000).ToString("D5", CultureInfo.InvariantCulture) + "ĐKLH/BYT-HTTB";
}
