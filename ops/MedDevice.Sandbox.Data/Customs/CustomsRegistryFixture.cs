using System.Globalization;
using System.Text;
using System.Text.Json;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>
/// A deterministic set of registered devices for the customs sandbox: device <c>i</c> is always the same, so the hub can be
/// seeded (registry entries, reference prices, recalls) and declarations generated in different processes without sharing state.
/// </summary>
public static class CustomsRegistryFixture
{
    /// <summary>The HL7 NamingSystem of GS1 device identifiers (the registry's UDI issuer).</summary>
    public const string Gs1Issuer = "http://hl7.org/fhir/NamingSystem/gs1-di";

    /// <summary>Indexes at and above this are never registered (unregistered goods use them).</summary>
    public const int UnregisteredBase = 900_000;

    private static readonly string[] Kinds = ["Stent mạch vành phủ thuốc", "Máy thở", "Bơm tiêm điện", "Ống thông tiểu", "Kim luồn tĩnh mạch", "Máy đo đường huyết", "Van tim nhân tạo", "Khớp háng nhân tạo"];
    private static readonly string[] Classes = ["A", "B", "C", "D"];

    /// <summary>The device with the given index (0 or more).</summary>
    public static CustomsRegistryEntry Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Kinds[index % Kinds.Length]} mẫu {index + 1:000}");
        var price = 500_000L + (index * 37_000L % 50_000_000L);
        return new CustomsRegistryEntry(index, Gtin(index), RegistrationNumber(index), name, Classes[index % Classes.Length],
            SyntheticOrganizations.Get(index % 500), price, index % 7 == 3 ? string.Create(CultureInfo.InvariantCulture, $"R{index:000}") : null);
    }

    /// <summary>The first <paramref name="count"/> devices.</summary>
    public static IEnumerable<CustomsRegistryEntry> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Get(i);
        }
    }

    /// <summary>A GTIN-14 for an index: indicator 0, prefix 893, the index in 9 digits, the GS1 mod-10 check digit.</summary>
    public static string Gtin(int index)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"0893{index:000000000}");
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // From the right, the digit next to the check digit weighs 3.
            sum += (body[^(i + 1)] - '0') * (i % 2 == 0 ? 3 : 1);
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>A registration number for an index: YY (22..25) + 5 digits + ĐKLH/BYT-HTTB.</summary>
    public static string RegistrationNumber(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{22 + (index % 4)}{(index % 99_999) + 1:00000}ĐKLH/BYT-HTTB");

    /// <summary>The registry entry as FHIR R4 Device JSON (profile vn-registry-device), for <c>POST /fhir/Device</c> or the registry feed.</summary>
    public static string DeviceJson(CustomsRegistryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("resourceType", "Device");
            json.WriteStartArray("extension");
            json.WriteStartObject();
            json.WriteString("url", "https://fhir.meddevice.gov.vn/StructureDefinition/risk-class");
            json.WriteStartObject("valueCoding");
            json.WriteString("system", "https://fhir.meddevice.gov.vn/CodeSystem/risk-class");
            json.WriteString("code", entry.RiskClass);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("identifier");
            json.WriteStartObject();
            json.WriteString("system", "https://fhir.meddevice.gov.vn/NamingSystem/registration-number");
            json.WriteString("value", entry.RegistrationNumber);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("udiCarrier");
            json.WriteStartObject();
            json.WriteString("deviceIdentifier", entry.Gtin);
            json.WriteString("issuer", Gs1Issuer);
            json.WriteString("jurisdiction", "https://fhir.meddevice.gov.vn");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("status", "active");
            json.WriteStartArray("deviceName");
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteString("type", "user-friendly-name");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("owner");
            json.WriteStartObject("identifier");
            json.WriteString("system", "https://fhir.meddevice.gov.vn/NamingSystem/tax-code");
            json.WriteString("value", entry.Holder.TaxCode);
            json.WriteEndObject();
            json.WriteString("display", entry.Holder.Name);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
