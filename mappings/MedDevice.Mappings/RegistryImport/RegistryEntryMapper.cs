using Hl7.Fhir.Model;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Mappings.RegistryImport;

/// <summary>Maps a flat <see cref="RegistryEntry"/> to the registry's DI-level FHIR Device (profile vn-registry-device).</summary>
public static class RegistryEntryMapper
{
    private static readonly Dictionary<string, string> RiskClassDisplays = new(StringComparer.Ordinal)
    {
        ["A"] = "Loại A – mức độ rủi ro thấp",
        ["B"] = "Loại B – mức độ rủi ro trung bình thấp",
        ["C"] = "Loại C – mức độ rủi ro trung bình cao",
        ["D"] = "Loại D – mức độ rủi ro cao",
    };

    /// <summary>
    /// The Device for <paramref name="entry"/>. Blank values are left out; the registration number is written in
    /// canonical form when it parses; an unrecognised status or issuer is left for the validator to report.
    /// </summary>
    public static Device ToDevice(RegistryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var device = new Device();
        if (Blank(entry.RiskClass) is { } riskClass)
        {
            var code = riskClass.ToUpperInvariant();
            device.Extension.Add(new Extension(HubFhirUrls.RiskClassExtension,
                new Coding(HubFhirUrls.RiskClassCodeSystem, code, RiskClassDisplays.GetValueOrDefault(code))));
        }

        if (Blank(entry.RegistrationNumber) is { } registration)
        {
            device.Identifier.Add(new Identifier(NamingSystems.RegistrationNumber, DeviceIndexer.CanonicalRegistration(registration)));
        }

        if (Blank(entry.UdiDi) is { } di)
        {
            device.UdiCarrier.Add(new Device.UdiCarrierComponent
            {
                DeviceIdentifier = di,
                Issuer = IssuerSystem(entry.UdiIssuer, di),
                Jurisdiction = UdiIssuerSystems.VietnamJurisdiction,
            });
        }

        device.Status = ParseStatus(entry.Status);
        device.Manufacturer = Blank(entry.Manufacturer);
        if (Blank(entry.DeviceName) is { } name)
        {
            device.DeviceName.Add(new Device.DeviceNameComponent { Name = name, Type = DeviceNameType.UserFriendlyName });
        }

        device.ModelNumber = Blank(entry.Model);
        if (Blank(entry.TypeCode) is not null || Blank(entry.TypeText) is not null)
        {
            var type = new CodeableConcept { Text = Blank(entry.TypeText) };
            if (Blank(entry.TypeCode) is { } typeCode)
            {
                type.Coding.Add(new Coding(Blank(entry.TypeSystem), typeCode, Blank(entry.TypeText)));
            }

            device.Type = type;
        }

        if (Blank(entry.HolderTaxCode) is not null || Blank(entry.HolderName) is not null)
        {
            device.Owner = new ResourceReference
            {
                Identifier = Blank(entry.HolderTaxCode) is { } taxCode ? new Identifier(NamingSystems.TaxCode, taxCode) : null,
                Display = Blank(entry.HolderName),
            };
        }

        return device;
    }

    /// <summary>
    /// The issuer NamingSystem for a CSV issuer value (<c>GS1</c>, <c>HIBCC</c>, <c>ICCBBA</c> or a URL). Without a value
    /// the shape decides: digits only → GS1, else HIBCC. An unknown value is kept as written (the validator rejects it).
    /// </summary>
    public static string IssuerSystem(string? issuer, string di)
    {
        ArgumentNullException.ThrowIfNull(di);
        var value = Blank(issuer);
        if (value is null)
        {
            return di.AsSpan().ContainsAnyExceptInRange('0', '9') ? UdiIssuerSystems.Hibcc : UdiIssuerSystems.Gs1;
        }

        return value.ToUpperInvariant() switch
        {
            "GS1" => UdiIssuerSystems.Gs1,
            "HIBCC" or "HIBC" => UdiIssuerSystems.Hibcc,
            "ICCBBA" => UdiIssuerSystems.Iccbba,
            _ => value,
        };
    }

    private static Device.FHIRDeviceStatus? ParseStatus(string? status) => Blank(status)?.ToLowerInvariant() switch
    {
        null or "active" => Device.FHIRDeviceStatus.Active,
        "inactive" => Device.FHIRDeviceStatus.Inactive,
        "entered-in-error" => Device.FHIRDeviceStatus.EnteredInError,
        "unknown" => Device.FHIRDeviceStatus.Unknown,
        _ => null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
