using System.Globalization;
using System.Text;

namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>
/// Realistic <c>registry.device</c> payloads (FHIR R4 Device registry entries per the vn-registry-device profile,
/// ≈1.5 KB) with a GS1 UDI-DI, names, manufacturer, holder, risk class and registration number. Deterministic: the same device and revision always give the same bytes, so a
/// retried post is a true repeat.
/// </summary>
public static class DeviceJson
{
    /// <summary>The UDI issuer the hub puts in the device key.</summary>
    public const string Gs1Issuer = "http://hl7.org/fhir/NamingSystem/gs1-di";

    /// <summary>A GTIN-14 for device number <paramref name="device"/>.</summary>
    public static string DeviceIdentifier(int device) => string.Create(CultureInfo.InvariantCulture, $"0893{device:D10}");

    /// <summary>The hub's device key (ordering key) for device number <paramref name="device"/>.</summary>
    public static string DeviceKey(int device) => $"udi-di:{Gs1Issuer}|{DeviceIdentifier(device)}";

    /// <summary>Revision <paramref name="revision"/> of device number <paramref name="device"/>'s registration record.</summary>
    public static byte[] Create(int device, int revision)
    {
        var di = DeviceIdentifier(device);
        var json = string.Create(CultureInfo.InvariantCulture, $$"""
            {"resourceType":"Device","id":"vn-dev-{{device}}",
            "identifier":[{"system":"https://fhir.meddevice.gov.vn/NamingSystem/registration-number","value":"{{2300000 + device}}/BYT-TB-CT"},
            {"system":"https://fhir.meddevice.gov.vn/NamingSystem/customs-declaration","value":"10{{device:D8}}{{revision:D2}}"}],
            "udiCarrier":[{"deviceIdentifier":"{{di}}","issuer":"{{Gs1Issuer}}","jurisdiction":"https://fhir.meddevice.gov.vn",
            "entryType":"barcode"}],
            "status":"active","manufacturer":"Công ty TNHH Thiết bị Y tế Sài Gòn Meditech (Saigon Meditech Co., Ltd.)",
            "extension":[{"url":"https://fhir.meddevice.gov.vn/StructureDefinition/risk-class","valueCoding":{"system":"https://fhir.meddevice.gov.vn/CodeSystem/risk-class","code":"B"} }],
            "owner":{"identifier":{"system":"https://fhir.meddevice.gov.vn/NamingSystem/tax-code","value":"0100109106"},"display":"Công ty TNHH Thiết bị Y tế Sài Gòn Meditech"},
            "deviceName":[{"name":"Bộ dây truyền dịch vô trùng dùng một lần, loại có kim cánh bướm 23G","type":"udi-label-name"},
            {"name":"Sterile single-use infusion set with 23G winged needle, 150 cm tubing","type":"user-friendly-name"}],
            "modelNumber":"IV-SET-{{device % 50:D2}}-150","partNumber":"PN-{{device:D6}}",
            "type":{"coding":[{"system":"http://snomed.info/sct","code":"469803003","display":"Infusion administration set"}],"text":"Dây truyền dịch"},
            "version":[{"value":"rev-{{revision}}"}],
            "safety":[{"coding":[{"system":"http://hl7.org/fhir/device-safety","code":"C113844","display":"Labeling does not Contain MRI Safety Information"}]}],
            "contact":[{"system":"phone","value":"+84 28 3812 {{device % 10000:D4}}"},{"system":"email","value":"quality@saigon-meditech.example.vn"}],
            "url":"https://registry.meddevice.gov.vn/devices/{{di}}",
            "note":[{"text":"Registration record revision {{revision}}; risk class B per Decree 98/2021/ND-CP; sterile (EO), single use, latex free; store below 30 °C, away from direct sunlight."}]}
            """);
        return Encoding.UTF8.GetBytes(json.ReplaceLineEndings(""));
    }
}
