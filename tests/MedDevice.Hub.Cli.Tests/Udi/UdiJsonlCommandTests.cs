using System.Text.Json;
using MedDevice.Hub.Cli;

namespace MedDevice.Hub.Cli.Tests.Udi;

// End to end through HubCtl.RunAsync. The issuer parsers are developed in parallel, so these tests check the
// loop and the contract shape, never a particular parse result of real UDI text.
public class UdiJsonlCommandTests
{
    private static readonly string[] ContractKeys =
        ["ok", "issuer", "di", "lot", "serial", "expiry", "manufactured", "elements", "hri", "errors"];

    private static string[] Keys(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
    }

    [Fact]
    public async Task Jsonl_LineThatIsNotAJsonString_WritesCli001AndContinues()
    {
        var run = await CliRun.RunWithInputAsync("not json\n42\nnull\n\"\"\n", "udi", "parse", "--jsonl");

        run.ExitCode.ShouldBe(ExitCodes.Invalid);
        run.OutLines.Length.ShouldBe(4);
        run.OutLines[0].ShouldBe(
            """{"ok":false,"issuer":null,"di":null,"lot":null,"serial":null,"expiry":null,"manufactured":null,"elements":[],"hri":null,"errors":[{"code":"CLI-001","message":"Input line 1 is not a JSON string.","position":0}]}""");
        run.OutLines[1].ShouldContain("\"code\":\"CLI-001\",\"message\":\"Input line 2 is not a JSON string.\"");
        run.OutLines[2].ShouldContain("\"code\":\"CLI-001\",\"message\":\"Input line 3 is not a JSON string.\"");
        run.OutLines[3].ShouldNotContain("CLI-001");
        run.OutLines[3].ShouldStartWith("{\"ok\":false,");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Jsonl_BlankLines_AreSkippedButCountedInLineNumbers()
    {
        var run = await CliRun.RunWithInputAsync("\n   \r\n{\"a\":1}\r\n\n", "udi", "parse", "--jsonl");

        run.OutLines.Length.ShouldBe(1);
        run.OutLines[0].ShouldContain("Input line 3 is not a JSON string.");
    }

    [Fact]
    public async Task Jsonl_EmptyInput_WritesNothingAndSucceeds()
    {
        var run = await CliRun.RunWithInputAsync(string.Empty, "udi", "parse", "--jsonl");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task Jsonl_RealParser_WritesOneContractShapedLinePerInputLine()
    {
        string[] inputs =
        [
            "\"]d20108717648200274\\u001d10A1\"",
            "\"(01)08717648200274(17)271231(10)A1\"",
            "\"+A99912345/$$52001510X3J\"",
            "\"=/A9999XYZ100T0944=,000025\"",
            "\"https://id.gs1.org/01/08717648200274/10/A1\"",
            "\"hello\"",
        ];

        var run = await CliRun.RunWithInputAsync(string.Join('\n', inputs) + "\n", "udi", "parse", "--jsonl", "--lenient", "--dl-host", "https://id.example.vn/");

        run.OutLines.Length.ShouldBe(inputs.Length);
        run.Out.ShouldEndWith("\n");
        foreach (var line in run.OutLines)
        {
            Keys(line).ShouldBe(ContractKeys);
            line.ShouldNotContain("\n");
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            root.GetProperty("ok").GetBoolean().ShouldBe(root.GetProperty("errors").GetArrayLength() == 0);
            root.GetProperty("elements").ValueKind.ShouldBe(JsonValueKind.Array);
            foreach (var error in root.GetProperty("errors").EnumerateArray())
            {
                error.EnumerateObject().Select(p => p.Name).ShouldBe(["code", "message", "position"]);
            }
        }

        var issuers = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("issuer").GetString()).ToArray();
        issuers.ShouldBe(["GS1", "GS1", "HIBCC", "ICCBBA", "GS1", null]);
        run.ExitCode.ShouldBe(run.OutLines.All(l => l.StartsWith("{\"ok\":true", StringComparison.Ordinal)) ? ExitCodes.Ok : ExitCodes.Invalid);
    }
}
