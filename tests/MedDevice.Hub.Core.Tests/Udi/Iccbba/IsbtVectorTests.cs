using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Iccbba;
using MedDevice.Hub.Core.Tests.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Iccbba;

/// <summary>Every line of isbt/isbt128_vectors.jsonl.</summary>
public sealed class IsbtVectorTests
{
    private const string File = "isbt128_vectors.jsonl";

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var (line, json) in UdiVectorFiles.ReadLines(Path.Combine("udi", "isbt", File)))
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
    public void Vector_Lenient_MatchesExpectedFields(string name, string json)
    {
        var vector = UdiVectorFiles.Parse(json);
        if (vector.TryGetProperty("din", out var din))
        {
            AssertDinCheck(din.GetString()!, vector);
            return;
        }

        var udi = vector.GetProperty("udi").GetString()!;
        var result = UdiTestParsers.Parse(udi, lenient: true);

        result.Ok.ShouldBeTrue(name);
        result.Issuer.ShouldBe(UdiIssuer.Iccbba);
        result.Hri.ShouldBe(udi);
        AssertFields(result, vector.GetProperty("expected"));
        if (!KnownBadVectors.IsbtStrictRejected.ContainsKey(name))
        {
            result.Warnings.ShouldBeEmpty(name);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_Strict_AcceptsUnlessListedAsRejected(string name, string json)
    {
        var vector = UdiVectorFiles.Parse(json);
        var udi = vector.TryGetProperty("udi", out var u) ? u.GetString()! : "=" + vector.GetProperty("din").GetString() + "00";

        var result = UdiTestParsers.Parse(udi);

        if (KnownBadVectors.IsbtStrictRejected.TryGetValue(name, out var rejection))
        {
            result.Ok.ShouldBeFalse(name);
            result.Errors.ShouldHaveSingleItem().Code.ShouldBe(rejection.Code);
        }
        else
        {
            result.Errors.ShouldBeEmpty(name);
            result.Warnings.ShouldBeEmpty(name);
        }
    }

    [Fact]
    public void KnownBadVectors_NameExistingIsbtVectors()
    {
        var count = UdiVectorFiles.ReadLines(Path.Combine("udi", "isbt", File)).Count;
        foreach (var key in KnownBadVectors.IsbtStrictRejected.Keys)
        {
            key.ShouldStartWith(File + ":");
            int.Parse(key[(File.Length + 1)..], CultureInfo.InvariantCulture).ShouldBeInRange(1, count);
        }
    }

    private static void AssertDinCheck(string din, JsonElement vector)
    {
        IsbtDinCheckCharacter.ComputeValue(din).ShouldBe(vector.GetProperty("expected_check_value").GetInt32());
        IsbtDinCheckCharacter.Compute(din).ToString().ShouldBe(vector.GetProperty("expected_check_char").GetString());

        // Carried in type 3 flags (60 + value) the same DIN parses; any other type 3 value is rejected.
        var value = vector.GetProperty("expected_check_value").GetInt32();
        UdiTestParsers.Parse($"={din}{60 + value}").Ok.ShouldBeTrue();
        UdiTestParsers.Parse($"={din}{60 + ((value + 1) % 37)}").Errors.ShouldHaveSingleItem().Code.ShouldBe(IsbtErrorCodes.DinCheckMismatch);
    }

    private static string Element(UdiParseResult result, string id) => result.Elements.Single(e => e.Id == id).Value;

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AssertFields(UdiParseResult result, JsonElement expected)
    {
        foreach (var property in expected.EnumerateObject())
        {
            var value = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetRawText() : property.Value.GetString()!;
            switch (property.Name)
            {
                case "issuingAgency":
                    value.ShouldBe("ICCBBA");
                    result.Issuer.ShouldBe(UdiIssuer.Iccbba);
                    break;
                case "di":
                    result.Di.ShouldBe(value);
                    Element(result, IsbtDataIdentifiers.ProcessorProductCode).ShouldBe(value);
                    break;
                case "serialNumber" or "serial" or "divisions":
                    result.Serial.ShouldBe(value);
                    Element(result, IsbtDataIdentifiers.ProductDivisions).ShouldBe(value);
                    break;
                case "donationId" or "din":
                    Element(result, IsbtDataIdentifiers.Din).ShouldBe(value);
                    break;
                case "expirationDateOriginal":
                    Element(result, IsbtDataIdentifiers.ExpirationDate).ShouldBe(value);
                    break;
                case "expirationDateOriginalFormat":
                    value.ShouldBe("YYYJJJ");
                    Element(result, IsbtDataIdentifiers.ExpirationDate).Length.ShouldBe(value.Length);
                    break;
                case "expirationDate" or "expiry":
                    result.Expiry.ShouldBe(Date(value));
                    break;
                case "manufacturingDateOriginal":
                    Element(result, IsbtDataIdentifiers.ProductionDate).ShouldBe(value);
                    break;
                case "manufacturingDate" or "mfg":
                    result.Manufactured.ShouldBe(Date(value));
                    break;
                case "lotNumber" or "lot":
                    result.Lot.ShouldBe(value);
                    Element(result, IsbtDataIdentifiers.MphoLot).ShouldBe(value);
                    break;
                case "container_di":
                    Element(result, IsbtDataIdentifiers.ContainerCatalog).ShouldBe(value);
                    result.Di.ShouldBe(value);
                    break;
                case "container_lot":
                    Element(result, IsbtDataIdentifiers.ContainerLot).ShouldBe(value);
                    result.Lot.ShouldBe(value);
                    break;
                case "compound_message_count":
                    Element(result, IsbtDataIdentifiers.CompoundMessage)[..2].ShouldBe(int.Parse(value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture));
                    (result.Elements.Count - 1).ShouldBe(int.Parse(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new InvalidOperationException($"Unhandled expected field '{property.Name}'.");
            }
        }
    }
}
