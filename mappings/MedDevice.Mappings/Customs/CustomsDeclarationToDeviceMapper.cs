using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Mappings.Common;

namespace MedDevice.Mappings.Customs;

/// <summary>
/// Maps a verified customs declaration to FHIR: per line, an instance-level Device (profile vn-device-instance) for each
/// UDI carrying a lot or serial number, linked to its registry entry with the registry-entry extension when the device is
/// registered; the registry entries of DI-only goods; and the Provenance details of an import (importer as performer,
/// customs office as location, declaration number as source document). Pure: the verdicts and registry facts come in.
/// </summary>
public static class CustomsDeclarationToDeviceMapper
{
    /// <summary>The jurisdiction of a UDI-DI recorded in the Vietnamese registry.</summary>
    public const string Jurisdiction = HubFhirUrls.CanonicalBase;

    /// <summary>The durable effects of every line, in line order.</summary>
    public static IReadOnlyList<CustomsLinePlan> Plan(ParsedDeclaration parsed, IReadOnlyList<LineFacts> facts, IReadOnlyList<LineVerdict> verdicts,
        CustomsImporter importer)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(importer);
        var plans = new List<CustomsLinePlan>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var line = facts[i];
            var instances = new List<PlannedInstance>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var entries = new List<string>();
            foreach (var udi in line.Udis.Where(u => u.Parsed.Ok))
            {
                var entry = CustomsFactsBuilder.EntryOf(line, udi);
                if (HasProductionIdentifiers(udi.Parsed))
                {
                    // One Device per lot or unit: a UDI repeated on a line is the same lot.
                    if (keys.Add($"{udi.UdiDiKey}|lot={udi.Parsed.Lot}|sn={udi.Parsed.Serial}"))
                    {
                        var scanned = line.Line.Udis[udi.Position - 1];
                        instances.Add(new PlannedInstance(udi.Position, Instance(parsed.Declaration, line.Line, udi, scanned, entry, importer, verdicts[i].Verdict)));
                    }
                }
                else if (entry is not null && !entries.Contains(entry.Id, StringComparer.Ordinal))
                {
                    entries.Add(entry.Id);
                }
            }

            plans.Add(new CustomsLinePlan(line.Line.Number, instances, entries));
        }

        return plans;
    }

    /// <summary>True when the UDI identifies a lot or unit (it carries a lot or serial number).</summary>
    public static bool HasProductionIdentifiers(UdiParseResult udi)
    {
        ArgumentNullException.ThrowIfNull(udi);
        return !string.IsNullOrWhiteSpace(udi.Lot) || !string.IsNullOrWhiteSpace(udi.Serial);
    }

    /// <summary>The instance-level Device of one UDI of a line.</summary>
    public static Device Instance(CustomsDeclaration declaration, CustomsDeclarationLine line, UdiFacts udi, string scanned, RegistryEntryFact? entry,
        CustomsImporter importer, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(udi);
        ArgumentNullException.ThrowIfNull(scanned);
        ArgumentNullException.ThrowIfNull(importer);
        var parsed = udi.Parsed;
        var hri = parsed.Hri ?? scanned;
        var device = new Device
        {
            Identifier = [new Identifier(NamingSystems.CustomsDeclaration, declaration.Number)],
            UdiCarrier =
            [
                new Device.UdiCarrierComponent
                {
                    DeviceIdentifier = parsed.Di,
                    Issuer = UdiIssuerNamingSystems.For(parsed.Issuer!.Value),
                    Jurisdiction = udi.Entry is null ? null : Jurisdiction,
                    CarrierHRF = hri,
                    // The declared text when it is not the human-readable form (an element string with ^ separators, an AIM prefix).
                    CarrierAIDC = string.Equals(scanned, hri, StringComparison.Ordinal) ? null : Encoding.UTF8.GetBytes(scanned),
                    EntryType = Device.UDIEntryType.SelfReported,
                },
            ],
            DeviceName = [new Device.DeviceNameComponent { Name = line.Description, Type = DeviceNameType.UserFriendlyName }],
            LotNumber = parsed.Lot,
            SerialNumber = parsed.Serial,
            ExpirationDate = Date(parsed.Expiry),
            ManufactureDate = Date(parsed.Manufactured),
            // Goods the verdict stops (unregistered, recalled, …) are not in circulation.
            Status = verdict == Verdict.Red ? Device.FHIRDeviceStatus.Inactive : Device.FHIRDeviceStatus.Active,
            Owner = importer.ToReference(),
        };
        if (entry is not null)
        {
            device.Extension.Add(new Extension(HubFhirUrls.RegistryEntryExtension, new ResourceReference("Device/" + entry.Id)));
            if (entry.RegistrationNumber is { } number)
            {
                device.Identifier.Add(new Identifier(NamingSystems.RegistrationNumber, number));
            }
        }

        return device;
    }

    /// <summary>The Provenance details of an import, amendment or cancellation of the declaration.</summary>
    public static ProvenanceDetails Provenance(CustomsDeclaration declaration, CustomsImporter importer)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(importer);
        var location = new ResourceReference { Type = "Location", Identifier = new Identifier(NamingSystems.CustomsOffice, declaration.CustomsOffice), Display = "Customs office " + declaration.CustomsOffice };
        return new ProvenanceDetails(importer.ToReference(), location, [new Identifier(NamingSystems.CustomsDeclaration, declaration.Number)]);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
