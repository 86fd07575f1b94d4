using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using MedDevice.Mappings.Common;

namespace MedDevice.Mappings.RegistryDevice;

/// <summary>
/// Reads a FHIR R4 <c>Device</c> sent by the MOH registry and finds its device key: the first UDI-DI
/// (<c>udi-di:{issuer}|{di}</c>), else the registration-number identifier (<c>reg:{value}</c>).
/// </summary>
public static class RegistryDeviceReader
{
    private static readonly BaseFhirJsonDeserializer Deserializer = new(ModelInfo.ModelInspector);

    /// <summary>Parses the payload.</summary>
    public static RegistryDeviceRead Read(ReadOnlySpan<byte> json)
    {
        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> errors;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
            if (!Deserializer.TryDeserializeResource(ref reader, out resource, out errors) && resource is Device or null)
            {
                var first = errors.FirstOrDefault();
                return Fail(RegistryDeviceErrorCodes.NotFhirJson, "Not valid FHIR R4 JSON: " + (first?.Message ?? "unreadable"));
            }
        }
        // InvalidOperationException: invalid UTF-8 in a string, or a token the FHIR deserializer did not expect (found by fuzzing).
        catch (Exception ex) when (ex is JsonException or FormatException or DeserializationFailedException or InvalidOperationException)
        {
            return Fail(RegistryDeviceErrorCodes.NotFhirJson, "Not valid FHIR R4 JSON: " + ex.Message);
        }

        if (resource is not Device device)
        {
            return Fail(RegistryDeviceErrorCodes.NotDevice, $"Expected resourceType Device, got {resource?.TypeName ?? "nothing"}.");
        }

        var key = DeviceKeyOf(device);
        if (key is null)
        {
            return new RegistryDeviceRead(device, null, [new MappingIssue(RegistryDeviceErrorCodes.NoDeviceKey, "The Device has no udiCarrier.deviceIdentifier and no registration-number identifier.")]);
        }

        return new RegistryDeviceRead(device, key, ProfileIssues(device));
    }

    /// <summary>
    /// The profile invariants every write must keep (schemas/fhir): vdi-2 (a patient only by pseudonym: a personal ID must
    /// never reach the registry) and vdi-1 (a device linked to a registry entry is an instance: lot or serial number).
    /// </summary>
    public static IReadOnlyList<MappingIssue> ProfileIssues(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var issues = new List<MappingIssue>();
        if (device.Patient?.Identifier is { } patient && !string.Equals(patient.System, NamingSystems.PersonPseudonym, StringComparison.Ordinal))
        {
            issues.Add(new MappingIssue(RegistryDeviceErrorCodes.PatientNotPseudonymous,
                $"Device.patient.identifier must use the pseudonym system {NamingSystems.PersonPseudonym} (invariant vdi-2); the hub never stores personal IDs."));
        }

        if (device.Extension.Any(e => string.Equals(e.Url, HubFhirUrls.RegistryEntryExtension, StringComparison.Ordinal))
            && string.IsNullOrWhiteSpace(device.LotNumber) && string.IsNullOrWhiteSpace(device.SerialNumber))
        {
            issues.Add(new MappingIssue(RegistryDeviceErrorCodes.InstanceWithoutProductionIdentifier,
                "A Device linked to a registry entry is an instance and needs lotNumber or serialNumber (invariant vdi-1)."));
        }

        return issues;
    }

    /// <summary>The ordering and dedup key of a Device, or null.</summary>
    public static string? DeviceKeyOf(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var udi = device.UdiCarrier.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u.DeviceIdentifier));
        if (udi is not null)
        {
            return $"udi-di:{udi.Issuer}|{udi.DeviceIdentifier!.Trim()}";
        }

        var registration = device.Identifier.FirstOrDefault(i =>
            string.Equals(i.System, NamingSystems.RegistrationNumber, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(i.Value));
        return registration is null ? null : "reg:" + registration.Value!.Trim();
    }

    private static RegistryDeviceRead Fail(string code, string message) => new(null, null, [new MappingIssue(code, message)]);
}
