using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>Every line of hibcc/hibc_vectors_official_examples.jsonl, strict and lenient.</summary>
public sealed class HibccOfficialExampleTests
{
    private const string File = "hibc_vectors_official_examples.jsonl";

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var (line, json) in UdiVectorFiles.ReadLines(Path.Combine("udi", "hibcc", File)))
        {
            if (!KnownBadVectors.Excluded.ContainsKey($"{File}:{line}"))
            {
                data.Add($"{File}:{line}", json);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_OfficialExampleStrict_AcceptsOnlyValidCheckCharacter(string name, string json)
    {
        var vector = UdiVectorFiles.Parse(json);
        var barcode = vector.GetProperty("barcode").GetString()!;
        var computed = vector.GetProperty("mod43_computed").GetString()!;
        HibccCheckCharacter.Compute(barcode.AsSpan(0, barcode.Length - 1)).ToString().ShouldBe(computed, name);

        var result = UdiTestParsers.Parse(barcode);

        if (vector.GetProperty("mod43_valid").GetBoolean())
        {
            result.Ok.ShouldBeTrue(name);
            AssertFields(result, vector.GetProperty("expected"));
        }
        else
        {
            result.Ok.ShouldBeFalse(name);
            var error = result.Errors.ShouldHaveSingleItem();
            error.Code.ShouldBe(HibccErrorCodes.CheckCharacterMismatch);
            error.Position.ShouldBe(barcode.Length - 1);
            error.Message.ShouldContain($"expected '{computed}' but got '{barcode[^1]}'");
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_OfficialExampleLenient_AcceptsWithWarningForWrongCheckCharacter(string name, string json)
    {
        var vector = UdiVectorFiles.Parse(json);
        var barcode = vector.GetProperty("barcode").GetString()!;

        var result = UdiTestParsers.Parse(barcode, lenient: true);

        result.Ok.ShouldBeTrue(name);
        AssertFields(result, vector.GetProperty("expected"));
        if (vector.GetProperty("mod43_valid").GetBoolean())
        {
            result.Warnings.ShouldBeEmpty();
        }
        else
        {
            var warning = result.Warnings.ShouldHaveSingleItem();
            warning.Code.ShouldBe(HibccErrorCodes.CheckCharacterMismatch);
            warning.Position.ShouldBe(barcode.Length - 1);
        }
    }

    private static void AssertFields(UdiParseResult result, JsonElement expected)
    {
        var names = expected.EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var property in expected.EnumerateObject())
        {
            var value = property.Value.GetString()!;
            switch (property.Name)
            {
                case "LIC":
                    HibccVectorExpectations.ElementValue(result, HibccElementIds.Labeler).ShouldBe(value);
                    break;
                case "PCN":
                    HibccVectorExpectations.ElementValue(result, HibccElementIds.Product).ShouldBe(value);
                    break;
                case "UOM":
                    HibccVectorExpectations.ElementValue(result, HibccElementIds.UnitOfMeasure).ShouldBe(value);
                    break;
                case "lot":
                    result.Lot.ShouldBe(value);
                    break;
                case "serial":
                    result.Serial.ShouldBe(value);
                    break;
                case "expiry_format":
                    // e.g. "4 (YYMMDDHH)": the flag's format character and its layout.
                    var element = HibccVectorExpectations.ExpiryElement(result);
                    element.Id.ShouldBe("$$" + value[..1]);
                    HibccDates.PatternOf(HibccElementIds.DateFormatOf(element.Id)!.Value).ShouldBe(value[3..^1]);
                    break;
                case "expiry_raw":
                    HibccVectorExpectations.ExpiryElement(result).Value.ShouldBe(value);
                    break;
                case "expiry":
                    result.Expiry.ShouldBe(DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));
                    if (value.Length > 10)
                    {
                        HibccVectorExpectations.ExpiryElement(result).Value[^2..].ShouldBe(value[11..13]);
                    }

                    break;
                case "manufacture_date":
                    result.Manufactured.ShouldBe(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new InvalidOperationException($"Unhandled expected field '{property.Name}'.");
            }
        }

        if (!names.Contains("lot"))
        {
            result.Lot.ShouldBeNull();
        }

        if (!names.Contains("expiry"))
        {
            result.Expiry.ShouldBeNull();
        }

        result.Di.ShouldBe(expected.GetProperty("LIC").GetString() + expected.GetProperty("PCN").GetString() + expected.GetProperty("UOM").GetString());
    }
}
