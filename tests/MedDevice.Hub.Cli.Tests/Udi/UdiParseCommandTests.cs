using MedDevice.Hub.Cli;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Cli.Tests.Udi;

public class UdiParseCommandTests
{
    [Theory]
    [InlineData("")]
    [InlineData("udi")]
    [InlineData("udi parse")]
    [InlineData("udi parse (01)08717648200274 --jsonl")]
    [InlineData("udi parse (01)08717648200274 --dl-host ftp://id.example.vn")]
    [InlineData("udi parse (01)08717648200274 --dl-host https://id.example.vn/path")]
    [InlineData("udi parse (01)08717648200274 --no-such-option")]
    [InlineData("frobnicate")]
    public async Task Run_UsageError_ExitsWithTwoAndExplainsOnStandardError(string commandLine)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("hubctl --help");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_Help_ExitsWithZero()
    {
        var run = await CliRun.RunAsync("udi", "parse", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Out.ShouldContain("--jsonl");
        run.Out.ShouldContain("--lenient");
        run.Out.ShouldContain("--dl-host");
    }

    [Theory]
    [InlineData("(01)08717648200274(17)271231(10)A1")]
    [InlineData("+A99912345/$$52001510X3J")]
    [InlineData("not a udi")]
    public async Task Run_Text_PrintsTableAndExitCodeFollowsParseResult(string text)
    {
        var expected = new UdiParser(UdiParserOptions.Default, TimeProvider.System).Parse(text);

        var run = await CliRun.RunAsync("udi", "parse", text);

        run.ExitCode.ShouldBe(expected.Ok ? ExitCodes.Ok : ExitCodes.Invalid);
        run.Out.ShouldContain("Issuer");
        run.Out.ShouldContain(expected.Ok ? "valid" : "invalid");
        foreach (var error in expected.Errors)
        {
            run.Out.ShouldContain(error.Code);
        }
    }
}
