using MedDevice.Hub.Cli;
using MedDevice.Hub.Cli.Udi;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Cli.Tests.Udi;

public class UdiResultTableTests
{
    private static string Render(UdiParseResult result)
    {
        using var output = new StringWriter();
        var io = new CliIo(TextReader.Null, output, TextWriter.Null, TimeProvider.System);
        UdiResultTable.Render(io.CreateConsole(), result);
        return output.ToString();
    }

    [Fact]
    public void Render_OkResult_ShowsFieldsElementsAndIsoDates()
    {
        var text = Render(new UdiParseResult
        {
            Issuer = UdiIssuer.Gs1,
            Di = "08717648200274",
            Lot = "A1",
            Expiry = new DateOnly(2027, 12, 31),
            Manufactured = new DateOnly(2025, 1, 2),
            Elements = [new("01", "08717648200274"), new("17", "271231"), new("10", "A1")],
            Hri = "(01)08717648200274(17)271231(10)A1",
            DigitalLink = "https://id.example.vn/01/08717648200274/10/A1?17=271231",
        });

        text.ShouldContain("valid");
        text.ShouldNotContain("invalid");
        text.ShouldContain("GS1");
        text.ShouldContain("2027-12-31");
        text.ShouldContain("2025-01-02");
        text.ShouldContain("(01)08717648200274(17)271231(10)A1");
        text.ShouldContain("Digital Link");
        text.ShouldContain("271231");
        text.ShouldNotContain("Problems");
        text.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void Render_FailureWithMarkupLikeTextAndGs_ShowsItLiterally()
    {
        var text = Render(new UdiParseResult
        {
            Issuer = UdiIssuer.Hibcc,
            Elements = [new("$", "[red]x[/]\u001dy")],
            Errors = [new UdiIssue("UDI-HIBC-004", "Check character mismatch.", 23)],
            Warnings = [new UdiIssue("UDI-HIBC-010", "A warning.", 2)],
        });

        text.ShouldContain("invalid");
        text.ShouldContain("[red]x[/]<GS>y");
        text.ShouldContain("UDI-HIBC-004");
        text.ShouldContain("23");
        text.ShouldContain("warning");
        text.ShouldContain("UDI-HIBC-010");
    }
}
