using System.Text.Json;
using System.Text.RegularExpressions;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>Every line of hibcc/hibc_vectors_barcodeparserbuilder.jsonl, parsed strictly.</summary>
public sealed class HibccBarcodeParserBuilderVectorTests
{
    private const string File = "hibc_vectors_barcodeparserbuilder.jsonl";

    private static readonly System.Buffers.SearchValues<char> AlphabetValues = System.Buffers.SearchValues.Create(HibccCheckCharacter.Alphabet);

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var (line, json) in UdiVectorFiles.ReadLines(Path.Combine("udi", "hibcc", File)))
        {
            var key = Key(json);
            if (!KnownBadVectors.Excluded.ContainsKey(key))
            {
                data.Add($"{line}: {key}", json);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_Vector_MatchesExpectedFields(string name, string json)
    {
        var vector = UdiVectorFiles.Parse(json);
        var barcode = vector.GetProperty("barcode").GetString()!;
        var result = UdiTestParsers.Parse(barcode);

        result.Issuer.ShouldBe(UdiIssuer.Hibcc, name);
        if (vector.GetProperty("expect_ok").GetBoolean())
        {
            result.Errors.ShouldBeEmpty(name);
            result.Warnings.ShouldBeEmpty(name);
            result.Hri.ShouldBe(StripAim(vector, barcode));
            var compareRaw = !KnownBadVectors.DateRawFormatNotCompared.ContainsKey(Key(json));
            HibccVectorExpectations.AssertBarcodeParserBuilder(result, vector.GetProperty("expected"), compareRaw);
        }
        else
        {
            AssertExpectedError(result, barcode, vector.GetProperty("expected_error").GetString()!);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Mod43_Vector_MatchesRecordedCheckCharacters(string name, string json)
    {
        var vector = UdiVectorFiles.Parse(json);
        var body = StripAim(vector, vector.GetProperty("barcode").GetString()!);
        var whole = vector.GetProperty("mod43_check_of_whole_string");
        body[^1].ToString().ShouldBe(whole.GetProperty("last_char").GetString(), name);
        if (whole.GetProperty("computed").ValueKind == JsonValueKind.Null)
        {
            Should.Throw<ArgumentException>(() => HibccCheckCharacter.Compute(body.AsSpan(0, body.Length - 1)));
            HibccCheckCharacter.IsValid(body).ShouldBeFalse();
        }
        else
        {
            var computed = HibccCheckCharacter.Compute(body.AsSpan(0, body.Length - 1)).ToString();
            computed.ShouldBe(whole.GetProperty("computed").GetString(), name);
            HibccCheckCharacter.IsValid(body).ShouldBe(whole.GetProperty("match").GetBoolean(), name);
        }

        if (vector.TryGetProperty("split_1d_symbols_each_mod43_valid", out var symbols))
        {
            string.Concat(symbols.EnumerateArray().Select(s => s.GetString())).ShouldBe(body, name);
            foreach (var symbol in symbols.EnumerateArray())
            {
                HibccCheckCharacter.IsValid(symbol.GetString()).ShouldBeTrue(symbol.GetString());
            }
        }
    }

    [Fact]
    public void KnownBadVectors_NameExistingVectors()
    {
        var keys = UdiVectorFiles.ReadLines(Path.Combine("udi", "hibcc", File)).Select(l => Key(l.Json)).ToHashSet();
        foreach (var key in KnownBadVectors.Excluded.Keys.Concat(KnownBadVectors.DateRawFormatNotCompared.Keys).Where(k => k.StartsWith(File, StringComparison.Ordinal)))
        {
            keys.ShouldContain(key);
        }
    }

    private static string Key(string json) =>
        File + ":" + UdiVectorFiles.Parse(json).GetProperty("comment").GetString();

    private static string StripAim(JsonElement vector, string barcode) =>
        vector.TryGetProperty("aim_symbology_identifier", out var aim) ? barcode[aim.GetString()!.Length..] : barcode;

    /// <summary>Maps the reference implementation's error text to our code and position.</summary>
    private static void AssertExpectedError(UdiParseResult result, string barcode, string expectedError)
    {
        result.Ok.ShouldBeFalse();
        if (expectedError.Contains("Invalid HIBC Character", StringComparison.Ordinal))
        {
            var position = barcode.AsSpan().IndexOfAnyExcept(AlphabetValues);
            result.Errors.ShouldContain(e => e.Code == HibccErrorCodes.InvalidCharacter && e.Position == position);
            return;
        }

        var match = Regex.Match(expectedError, "(Check|Link) Character did not match: expected '(.)' but got '(.)'");
        match.Success.ShouldBeTrue(expectedError);
        var isCheck = match.Groups[1].Value == "Check";
        var code = isCheck ? HibccErrorCodes.CheckCharacterMismatch : HibccErrorCodes.LinkCharacterMismatch;
        var position2 = isCheck ? barcode.Length - 1 : barcode.Length - 2;
        var fragment = $"expected '{match.Groups[2].Value}'";
        result.Errors.ShouldContain(e => e.Code == code && e.Position == position2 && e.Message.Contains(fragment, StringComparison.Ordinal)
            && e.Message.Contains($"got '{match.Groups[3].Value}'", StringComparison.Ordinal));
    }
}
