using MedDevice.Hub.Core.Identifiers.Udi.Gs1;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

namespace MedDevice.Hub.Core.Tests.Udi.Gs1.Vectors;

/// <summary>scandata, digital_link and api_end_to_end vectors.</summary>
public sealed class Gs1TransportVectorTests
{
    public static TheoryData<string> ScanData => Gs1Vectors.Ids("scandata.jsonl");

    public static TheoryData<string> DigitalLink => Gs1Vectors.Ids("digital_link.jsonl");

    public static TheoryData<string> EndToEnd => Gs1Vectors.Ids("api_end_to_end.jsonl");

    [Theory]
    [MemberData(nameof(ScanData))]
    public void ScanData_Vector_MatchesExpected(string id)
    {
        var v = Gs1Vectors.Load(id);
        var input = v.Str("input")!;
        switch (v.Str("op"))
        {
            case "scan_to_datastr":
                var read = Gs1Syntax.ScanToDataString(input);
                (read is not null).ShouldBe(v.Bool("expect_ok"));
                if (read is { } r)
                {
                    r.DataString.ShouldBe(v.Str("expected"));
                    r.Symbology.ShouldBe(v.Str("expected_symbology"));
                }

                break;
            case "datastr_to_scan":
                var addCheckDigit = v.TryGetProperty("options", out var o) && o.Bool("AddCheckDigit");
                Gs1Syntax.DataStringToScan(v.Str("symbology")!, input, addCheckDigit).ShouldBe(v.Str("expected"));
                break;
            default:
                throw new InvalidOperationException("Unknown op in " + id);
        }
    }

    [Theory]
    [MemberData(nameof(DigitalLink))]
    public void DigitalLink_Vector_MatchesExpected(string id)
    {
        var v = Gs1Vectors.Load(id);
        var input = v.Str("input")!;
        switch (v.Str("op"))
        {
            case "dl_uri_to_fnc1":
                var parsed = Gs1Syntax.DigitalLinkToElementString(input, v.Options(Gs1ProcessingOptions.SyntaxOnly));
                parsed.Ok.ShouldBe(v.Bool("expect_ok"), parsed.Problem?.Message);
                parsed.Value.ShouldBe(v.Str("expected"));
                break;
            case "bracketed_to_dl_uri":
                var written = Gs1Syntax.BracketedToDigitalLink(input, v.Str("stem"), v.Options(Gs1ProcessingOptions.SyntaxOnly));
                written.Ok.ShouldBe(v.Bool("expect_ok"), written.Problem?.Message);
                written.Value.ShouldBe(v.Str("expected"));
                break;
            case "uri_escape":
                Gs1Syntax.UriEscape(input, query: false).ShouldBe(v.Str("expected_path_component"));
                Gs1Syntax.UriEscape(input, query: true).ShouldBe(v.Str("expected_query_component"));
                break;
            case "uri_unescape":
                Gs1Syntax.UriUnescape(input, query: false).ShouldBe(v.Str("expected_path_component"));
                Gs1Syntax.UriUnescape(input, query: true).ShouldBe(v.Str("expected_query_component"));
                break;
            default:
                throw new InvalidOperationException("Unknown op in " + id);
        }
    }

    [Theory]
    [MemberData(nameof(EndToEnd))]
    public void EndToEnd_Vector_MatchesExpected(string id)
    {
        var v = Gs1Vectors.Load(id);
        var input = v.Str("input")!;
        switch (v.Str("op"))
        {
            case "fnc1_to_bracketed":
                Gs1Syntax.ElementStringToBracketed(input).Value.ShouldBe(v.Str("expected"));
                break;
            case "dl_uri_to_bracketed":
                Gs1Syntax.DigitalLinkToBracketed(input).Value.ShouldBe(v.Str("expected"));
                break;
            case "validate_bracketed":
                Gs1Syntax.ValidateBracketed(input).Ok.ShouldBe(v.Bool("expect_ok"));
                break;
            case "datastr_to_scan":
                Gs1Syntax.DataStringToScan(v.Str("symbology")!, input).ShouldBe(v.Str("expected"));
                break;
            case "hri" or "hri_with_titles":
                var expected = v.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToList();
                Gs1Syntax.HriLines(input, v.Str("op") == "hri_with_titles").ShouldBe(expected);
                break;
            case "dl_uri_round_trip":
                var bracketed = Gs1Syntax.DigitalLinkToBracketed(input);
                bracketed.Value.ShouldBe(v.Str("expected_bracketed"));
                Gs1Syntax.BracketedToDigitalLink(bracketed.Value!, stem: null).Value.ShouldBe(v.Str("expected_canonical_dl"));
                Gs1Syntax.DataStringToScan("DM", input).ShouldBe(v.Str("expected_dm_scan"));
                break;
            default:
                throw new InvalidOperationException("Unknown op in " + id);
        }
    }
}
