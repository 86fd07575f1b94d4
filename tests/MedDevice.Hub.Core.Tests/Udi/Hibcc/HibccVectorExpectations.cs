using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>Compares a parsed HIBCC result with a vector's expected fields; every field name must be known.</summary>
internal static class HibccVectorExpectations
{
    public static string ElementValue(UdiParseResult result, string id) =>
        result.Elements.Single(e => e.Id == id).Value;

    /// <summary>The element carrying the expiry date (any date flag except /16D).</summary>
    public static UdiElement ExpiryElement(UdiParseResult result) =>
        result.Elements.Single(e => e.Id != HibccElementIds.ManufactureDate && HibccElementIds.DateFormatOf(e.Id) is not null);

    public static int? Quantity(UdiParseResult result)
    {
        var element = result.Elements.SingleOrDefault(e =>
            e.Id is HibccElementIds.QuantityTwoDigits or HibccElementIds.QuantityFiveDigits or HibccElementIds.SupplementalQuantity);
        return element is null ? null : int.Parse(element.Value, CultureInfo.InvariantCulture);
    }

    /// <summary>BarcodeParserBuilder vectors (<c>expected</c> with LabelerIdentificationCode, ProductCode, …).</summary>
    public static void AssertBarcodeParserBuilder(UdiParseResult result, JsonElement expected, bool compareRawAndFormat)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in expected.EnumerateObject())
        {
            seen.Add(property.Name);
            var value = property.Value;
            switch (property.Name)
            {
                case "LabelerIdentificationCode":
                    ElementValue(result, HibccElementIds.Labeler).ShouldBe(value.GetString());
                    break;
                case "ProductCode":
                    ElementValue(result, HibccElementIds.Product).ShouldBe(value.GetString());
                    break;
                case "UnitOfMeasure":
                    ElementValue(result, HibccElementIds.UnitOfMeasure).ShouldBe(value.GetInt32().ToString(CultureInfo.InvariantCulture));
                    break;
                case "BatchNumber":
                    result.Lot.ShouldBe(value.GetString());
                    break;
                case "SerialNumber":
                    result.Serial.ShouldBe(value.GetString());
                    break;
                case "Quantity":
                    Quantity(result).ShouldBe(value.GetInt32());
                    break;
                case "ExpirationDate":
                    AssertDate(result.Expiry, ExpiryElement(result), value, compareRawAndFormat);
                    break;
                case "ProductionDate":
                    AssertDate(
                        result.Manufactured,
                        result.Elements.Single(e => e.Id == HibccElementIds.ManufactureDate),
                        value,
                        compareRawAndFormat);
                    break;
                default:
                    throw new InvalidOperationException($"Unhandled expected field '{property.Name}'.");
            }
        }

        // Fields the vector does not name must be absent.
        if (!seen.Contains("BatchNumber"))
        {
            result.Lot.ShouldBeNull();
        }

        if (!seen.Contains("SerialNumber"))
        {
            result.Serial.ShouldBeNull();
        }

        if (!seen.Contains("ExpirationDate"))
        {
            result.Expiry.ShouldBeNull();
        }

        if (!seen.Contains("ProductionDate"))
        {
            result.Manufactured.ShouldBeNull();
        }

        if (!seen.Contains("Quantity"))
        {
            Quantity(result).ShouldBeNull();
        }

        result.Di.ShouldBe(
            ElementValue(result, HibccElementIds.Labeler) + ElementValue(result, HibccElementIds.Product)
            + ElementValue(result, HibccElementIds.UnitOfMeasure));
    }

    private static void AssertDate(DateOnly? actual, UdiElement element, JsonElement expected, bool compareRawAndFormat)
    {
        // Values look like "2020-01-15" or "2020-02-02T16:00:00": the date part is the UDI date, the hour stays in the raw value.
        var text = expected.GetProperty("value").GetString()!;
        actual.ShouldBe(DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (text.Length > 10)
        {
            var hour = text.Substring(11, 2);
            element.Value[^2..].ShouldBe(hour);
        }

        if (compareRawAndFormat)
        {
            element.Value.ShouldBe(expected.GetProperty("raw").GetString());
            var format = HibccElementIds.DateFormatOf(element.Id)!.Value;
            HibccDates.PatternOf(format).ShouldBe(expected.GetProperty("format").GetString()!.ToUpperInvariant());
        }
    }
}
