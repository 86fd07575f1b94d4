using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Tests.Fhir.Search;

/// <summary>
/// Six devices created through the API, one after another (each with a later <c>meta.lastUpdated</c>), chosen so
/// that every search parameter has devices that must match and devices with another value that must not:
/// A, B, D, E are DI-level registry entries; C and F are instance-level devices (lot/serial, patient).
/// </summary>
public sealed class SearchCorpus
{
    public const string Catalogue = "https://moh.gov.vn/id/catalogue";
    public const string OtherCatalogue = "https://sobyte.gov.vn/id/catalogue";
    public const string Snomed = "http://snomed.info/sct";
    public const string FacilityCode = "https://fhir.meddevice.gov.vn/NamingSystem/facility-code";

    private SearchCorpus(IReadOnlyDictionary<string, Device> devices) => Devices = devices;

    /// <summary>The created devices by key (A–F), as the server returned them (id and meta set).</summary>
    public IReadOnlyDictionary<string, Device> Devices { get; }

    /// <summary>Key by server id.</summary>
    public IReadOnlyDictionary<string, string> KeyOf => Devices.ToDictionary(d => d.Value.Id!, d => d.Key, StringComparer.Ordinal);

    /// <summary>Creates the corpus on the host (once per host).</summary>
    public static Task<SearchCorpus> SeedAsync(FhirHost host) => host.OnceAsync("search-corpus", async h =>
    {
        var client = h.Client();
        var created = new Dictionary<string, Device>(StringComparer.Ordinal);
        DateTimeOffset? previous = null;
        foreach (var (key, build) in Definitions())
        {
            var device = await client.CreateAsync(build(created)) ?? throw new InvalidOperationException($"device {key} was not returned");
            var lastUpdated = device.Meta!.LastUpdated!.Value;
            if (previous is not null && lastUpdated <= previous)
            {
                throw new InvalidOperationException($"device {key} was stored at {lastUpdated:O}, not after the previous one ({previous:O}): _lastUpdated cases need distinct times");
            }

            previous = lastUpdated;
            created[key] = device;
            await System.Threading.Tasks.Task.Delay(3);
        }

        foreach (var (key, device) in created)
        {
            // _lastUpdated cases compare against the create response: nothing may have changed a device since.
            var current = await client.ReadAsync<Device>($"Device/{device.Id}") ?? throw new InvalidOperationException($"device {key} vanished");
            if (current.Meta!.VersionId != device.Meta!.VersionId || current.Meta.LastUpdated != device.Meta.LastUpdated)
            {
                var history = await client.HistoryAsync($"Device/{device.Id}");
                throw new InvalidOperationException($"device {key} changed after its creation: created {device.Meta.VersionId}@{device.Meta.LastUpdated:O}, now {current.Meta.VersionId}@{current.Meta.LastUpdated:O}; history: " +
                    string.Join("; ", history!.Entry.Select(e => $"{e.Resource?.Meta?.VersionId}@{e.Resource?.Meta?.LastUpdated:O} {e.Request?.Method}")));
            }
        }

        return new SearchCorpus(created);
    });

    private static IEnumerable<(string Key, Func<IReadOnlyDictionary<string, Device>, Device> Build)> Definitions()
    {
        yield return ("A", _ =>
        {
            var device = RegistryDevices.Entry("Máy thở chức năng cao", "08717648200274", "2502433ĐKLH/BYT-HTTB", "C", "0100109106");
            device.Identifier.Add(new Identifier(Catalogue, "CAT-1001"));
            device.Type = new CodeableConcept(Snomed, "706172005", "Ventilator", "Máy thở xâm nhập");
            device.Manufacturer = "Drägerwerk AG & Co. KGaA";
            device.ModelNumber = "Evita V300";
            device.Owner!.Reference = "Organization/org-0100109106";
            device.Location = new ResourceReference("Location/kho-ha-noi");
            device.Url = "https://registry.meddevice.gov.vn/devices/evita-v300";
            return device;
        });
        yield return ("B", _ =>
        {
            var device = RegistryDevices.Entry("Máy thở xách tay", "08712345678906", "220002087/PCBB-HCM", "B", "0200748730", Device.FHIRDeviceStatus.Inactive);
            device.Identifier.Add(new Identifier { Value = "INT-7" });
            device.Type = new CodeableConcept(Snomed, "449071006", "Portable ventilator");
            device.Manufacturer = "Công ty TNHH Thiết bị Y tế Việt Nhật";
            device.ModelNumber = "VN-PV20";
            device.Owner!.Reference = "Organization/org-0200748730";
            device.Location = new ResourceReference("Location/kho-tp-hcm");
            device.Url = "https://registry.meddevice.gov.vn/devices/vn-pv20";
            return device;
        });
        yield return ("C", created =>
        {
            var device = RegistryDevices.Entry("Bơm tiêm điện", "08931234567897", "2100688ĐKLH/BYT-TB-CT", "B", "0100109106");
            device.Owner = new ResourceReference { Reference = "Organization/bv-thong-nhat", Identifier = new Identifier(FacilityCode, "79024"), Display = "Bệnh viện mẫu" };
            device.Type = new CodeableConcept { Coding = [new Coding { Code = "infusion-pump", Display = "Bơm truyền dịch" }] };
            device.Manufacturer = "B. Braun Melsungen AG";
            device.ModelNumber = "Perfusor Space";
            device.LotNumber = "LOT-2025-01";
            device.SerialNumber = "SN-77-A";
            device.UdiCarrier[0].CarrierHRF = "(01)08931234567897(10)LOT-2025-01(21)SN-77-A";
            device.Patient = new ResourceReference("Patient/psn-7f3a");
            return device;
        });
        yield return ("D", _ =>
        {
            var device = RegistryDevices.Entry("Stent mạch vành phủ thuốc", "08935012345677", "2100688ĐKLH/BYT-TB-CT", "D", "0200748730");
            device.Manufacturer = "Công ty Cổ phần Thiết bị Y tế Tâm Đức";
            device.ModelNumber = "TD-SES-30";
            device.Owner!.Reference = "Organization/org-0200748730";
            return device;
        });
        yield return ("E", _ =>
        {
            var device = RegistryDevices.Entry("MÁY SIÊU ÂM", di: null, "170000206/PCBA-HCM", "A", "0100109106");
            // The same code under two systems: a code-only search must still list the device once.
            device.Identifier.Add(new Identifier(Catalogue, "SHARED-9"));
            device.Identifier.Add(new Identifier(OtherCatalogue, "SHARED-9"));
            device.Manufacturer = "GE Healthcare";
            device.ModelNumber = "Voluson E10";
            return device;
        });
        yield return ("F", created =>
        {
            var device = RegistryDevices.Entry("Stent mạch vành phủ thuốc", "08935012345677", registrationNumber: null, "D", "0200748730");
            device.Extension.Add(new Extension(HubFhirUrls.RegistryEntryExtension, new ResourceReference($"Device/{created["D"].Id}")));
            device.Manufacturer = "Công ty Cổ phần Thiết bị Y tế Tâm Đức";
            device.LotNumber = "L2511-07A";
            device.UdiCarrier[0].CarrierHRF = "(01)08935012345677(17)271231(10)L2511-07A";
            device.Patient = new ResourceReference("Patient/psn-91c2");
            return device;
        });
    }

    /// <summary>The query with placeholders replaced: <c>{id:A}</c> by A's id, <c>{lastUpdated:A}</c> by A's meta.lastUpdated.</summary>
    public string Resolve(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (key, device) in Devices)
        {
            query = query.Replace($"{{id:{key}}}", device.Id, StringComparison.Ordinal)
                .Replace($"{{lastUpdated:{key}}}", device.Meta!.LastUpdated!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return query;
    }

    /// <summary>Search parameters from a query string (<c>name=value&amp;…</c>; values are not URL-encoded here).</summary>
    public SearchParams Parameters(string query)
    {
        var parameters = new SearchParams();
        foreach (var pair in Resolve(query).Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            parameters.Add(pair[..equals], pair[(equals + 1)..]);
        }

        return parameters;
    }
}
