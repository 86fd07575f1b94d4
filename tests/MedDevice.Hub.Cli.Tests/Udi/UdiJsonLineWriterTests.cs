using System.Text.Json;
using MedDevice.Hub.Cli.Udi;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Cli.Tests.Udi;

public class UdiJsonLineWriterTests
{
    private static string Format(UdiParseResult result)
    {
        using var writer = new UdiJsonLineWriter();
        return writer.Format(result);
    }

    [Fact]
    public void Format_OkGs1Result_MatchesContractExactly()
    {
        var result = new UdiParseResult
        {
            Issuer = UdiIssuer.Gs1,
            Di = "08717648200274",
            Lot = "A1",
            Expiry = new DateOnly(2027, 12, 31),
            Elements = [new("01", "08717648200274"), new("17", "271231"), new("10", "A1")],
            Hri = "(01)08717648200274(17)271231(10)A1",
        };

        Format(result).ShouldBe(
            """{"ok":true,"issuer":"GS1","di":"08717648200274","lot":"A1","serial":null,"expiry":"2027-12-31","manufactured":null,"elements":[{"id":"01","value":"08717648200274"},{"id":"17","value":"271231"},{"id":"10","value":"A1"}],"hri":"(01)08717648200274(17)271231(10)A1","errors":[]}""");
    }

    [Fact]
    public void Format_FailedHibccResultWithPartialData_KeepsKeysAndWritesErrors()
    {
        var result = new UdiParseResult
        {
            Issuer = UdiIssuer.Hibcc,
            Di = "A99912345",
            Serial = "S/N 7",
            Manufactured = new DateOnly(2024, 2, 29),
            Elements = [new("$+", "S/N 7")],
            Errors = [new UdiIssue("UDI-HIBC-004", "Check character mismatch: expected 'X'.", 12), new UdiIssue("UDI-HIBC-009", "Second.", 0)],
        };

        Format(result).ShouldBe(
            """{"ok":false,"issuer":"HIBCC","di":"A99912345","lot":null,"serial":"S/N 7","expiry":null,"manufactured":"2024-02-29","elements":[{"id":"$+","value":"S/N 7"}],"hri":null,"errors":[{"code":"UDI-HIBC-004","message":"Check character mismatch: expected 'X'.","position":12},{"code":"UDI-HIBC-009","message":"Second.","position":0}]}""");
    }

    [Fact]
    public void Format_EmptyFailure_WritesNullsAndEmptyElements()
    {
        Format(UdiParseResult.Failure(null, "UDI-001", "Unknown.", 0)).ShouldBe(
            """{"ok":false,"issuer":null,"di":null,"lot":null,"serial":null,"expiry":null,"manufactured":null,"elements":[],"hri":null,"errors":[{"code":"UDI-001","message":"Unknown.","position":0}]}""");
    }

    [Fact]
    public void Format_IccbbaIssuer_IsNamedIccbba()
    {
        using var document = JsonDocument.Parse(Format(new UdiParseResult { Issuer = UdiIssuer.Iccbba, Di = "A9999XYZ100T0944" }));

        document.RootElement.GetProperty("issuer").GetString().ShouldBe("ICCBBA");
    }

    [Fact]
    public void Format_ValueWithGroupSeparator_WritesLowerCaseEscape()
    {
        var line = Format(new UdiParseResult { Issuer = UdiIssuer.Gs1, Elements = [new("10", "A\u001dB")] });

        line.ShouldContain("""{"id":"10","value":"A\u001dB"}""");
        line.ShouldNotContain("\u001d");
    }

    [Fact]
    public void Format_NonAsciiAndQuotes_AreWrittenConsistently()
    {
        var line = Format(new UdiParseResult { Lot = "Lô \"số\" 5\\6 <b>&" });

        line.ShouldContain("\"lot\":\"Lô \\\"số\\\" 5\\\\6 <b>&\"");
    }

    [Fact]
    public void Format_CalledTwice_DoesNotCarryOverPreviousLine()
    {
        using var writer = new UdiJsonLineWriter();
        var first = writer.Format(new UdiParseResult { Di = new string('9', 500) });
        var second = writer.Format(new UdiParseResult { Di = "1" });

        first.Length.ShouldBeGreaterThan(500);
        second.ShouldStartWith("""{"ok":true,"issuer":null,"di":"1",""");
        second.ShouldEndWith("\"errors\":[]}");
        second.Length.ShouldBeLessThan(200);
    }
}
