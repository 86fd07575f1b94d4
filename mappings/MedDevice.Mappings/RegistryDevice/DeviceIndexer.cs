using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Registry;
using MedDevice.Mappings.Common;
using P = MedDevice.Hub.Core.Registry.DeviceSearchParameters;

namespace MedDevice.Mappings.RegistryDevice;

/// <summary>
/// Extracts a Device's business keys and search values (<see cref="DeviceSearchParameters"/>). A DI-level registry
/// entry (no lot, serial or registry-entry link) owns its UDI-DI and registration number as business keys; an
/// instance-level device does not (they belong to its registry entry), so it gets none.
/// </summary>
public static class DeviceIndexer
{
    /// <summary>Indexes the Device.</summary>
    public static DeviceIndex Index(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var tokens = new List<DeviceTokenValue>();
        var strings = new List<DeviceStringValue>();

        foreach (var identifier in device.Identifier)
        {
            if (string.IsNullOrWhiteSpace(identifier.Value))
            {
                continue;
            }

            var isRegistration = string.Equals(identifier.System, NamingSystems.RegistrationNumber, StringComparison.Ordinal);
            var value = isRegistration ? CanonicalRegistration(identifier.Value) : identifier.Value.Trim();
            tokens.Add(new DeviceTokenValue(P.Identifier, NullIfBlank(identifier.System), value));
            if (isRegistration)
            {
                tokens.Add(new DeviceTokenValue(P.RegistrationNumber, identifier.System, value));
            }
        }

        foreach (var name in device.DeviceName.Select(n => n.Name)
                     .Concat(device.Type?.Coding.Select(c => c.Display) ?? [])
                     .Append(device.Type?.Text))
        {
            AddString(strings, P.DeviceName, name);
        }

        AddString(strings, P.Manufacturer, device.Manufacturer);
        AddString(strings, P.Model, device.ModelNumber);
        AddString(strings, P.SerialNumber, device.SerialNumber);
        AddString(strings, P.LotNumber, device.LotNumber);
        foreach (var udi in device.UdiCarrier)
        {
            AddString(strings, P.UdiDi, udi.DeviceIdentifier);
            AddString(strings, P.UdiCarrier, udi.CarrierHRF);
        }

        AddReference(tokens, P.Organization, device.Owner);
        AddReference(tokens, P.Patient, device.Patient);
        AddReference(tokens, P.Location, device.Location);
        if (device.Owner?.Identifier is { Value: { } holder } holderIdentifier && !string.IsNullOrWhiteSpace(holder))
        {
            tokens.Add(new DeviceTokenValue(P.Holder, NullIfBlank(holderIdentifier.System), holder.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(device.Url))
        {
            tokens.Add(new DeviceTokenValue(P.Url, null, device.Url.Trim()));
        }

        var status = device.Status is { } s ? s.GetLiteral() : "unknown";
        if (device.Status is not null)
        {
            tokens.Add(new DeviceTokenValue(P.Status, HubFhirUrls.DeviceStatusCodeSystem, status));
        }

        foreach (var coding in device.Type?.Coding ?? [])
        {
            if (!string.IsNullOrWhiteSpace(coding.Code))
            {
                tokens.Add(new DeviceTokenValue(P.Type, NullIfBlank(coding.System), coding.Code.Trim()));
            }
        }

        foreach (var extension in device.Extension.Where(e => string.Equals(e.Url, HubFhirUrls.RiskClassExtension, StringComparison.Ordinal)))
        {
            if (extension.Value is Coding { Code: { } code } coding && !string.IsNullOrWhiteSpace(code))
            {
                tokens.Add(new DeviceTokenValue(P.RiskClass, NullIfBlank(coding.System), code.Trim()));
            }
        }

        var instance = IsInstanceLevel(device);
        var udiDiKey = UdiDiKeyOf(device);
        var hasProductionIds = !string.IsNullOrWhiteSpace(device.LotNumber) || !string.IsNullOrWhiteSpace(device.SerialNumber);
        return new DeviceIndex(
            instance ? null : udiDiKey,
            instance ? null : tokens.FirstOrDefault(t => string.Equals(t.Param, P.RegistrationNumber, StringComparison.Ordinal))?.Code,
            status,
            tokens.Distinct().ToList(),
            strings.Distinct().ToList())
        {
            InstanceKey = instance && hasProductionIds && udiDiKey is not null
                ? $"{udiDiKey}|lot={device.LotNumber?.Trim()}|sn={device.SerialNumber?.Trim()}"
                : null,
        };
    }

    /// <summary>True for an instance-level device: it has a lot or serial number, or links to its registry entry.</summary>
    public static bool IsInstanceLevel(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return !string.IsNullOrWhiteSpace(device.LotNumber) || !string.IsNullOrWhiteSpace(device.SerialNumber)
            || device.Extension.Any(e => string.Equals(e.Url, HubFhirUrls.RegistryEntryExtension, StringComparison.Ordinal));
    }

    /// <summary>The UDI-DI business key <c>issuer|di</c> of the first carrier with a device identifier, or null.</summary>
    public static string? UdiDiKeyOf(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var udi = device.UdiCarrier.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u.DeviceIdentifier));
        return udi is null ? null : $"{udi.Issuer?.Trim()}|{udi.DeviceIdentifier!.Trim()}";
    }

    /// <summary>The canonical form of a registration number when it parses; else the trimmed text.</summary>
    public static string CanonicalRegistration(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parsed = RegistrationNumberParser.Parse(value);
        return parsed.Ok ? parsed.Value!.Canonical : value.Trim();
    }

    private static void AddString(List<DeviceStringValue> strings, string param, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            strings.Add(new DeviceStringValue(param, value.Trim()));
        }
    }

    private static void AddReference(List<DeviceTokenValue> tokens, string param, ResourceReference? reference)
    {
        if (!string.IsNullOrWhiteSpace(reference?.Reference))
        {
            tokens.Add(new DeviceTokenValue(param, null, reference.Reference.Trim()));
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
