using MedDevice.Hub.Cli;

namespace MedDevice.Hub.Cli.Tests.Ids;

// Personal numbers below are synthetic.
public class IdCheckCommandTests
{
    [Theory]
    [InlineData("2502433 dklh/byt-httb", "2502433ĐKLH/BYT-HTTB", "C or D")]
    [InlineData("170000206/PCBA-HCM", "170000206/PCBA-HCM", "A")]
    [InlineData("240001004/PCBB-BYT", "240001004/PCBB-BYT", "B")]
    public async Task Check_Registration_PrintsCanonicalAndClassAndExitsZero(string value, string canonical, string riskClass)
    {
        var run = await CliRun.RunAsync("id", "check", value);

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Out.ShouldContain("Registration number");
        run.Out.ShouldContain(canonical);
        run.Out.ShouldContain($"│ {riskClass} ");
    }

    [Fact]
    public async Task Check_ValidTaxCodeBranch_ExitsZero()
    {
        var run = await CliRun.RunAsync("id", "check", "0100109106-001");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Out.ShouldContain("Tax code");
        run.Out.ShouldContain("Branch");
    }

    [Fact]
    public async Task Check_TaxCodeWithWrongCheckDigit_ExitsOneWithCode()
    {
        var run = await CliRun.RunAsync("id", "check", "0100109105");

        run.ExitCode.ShouldBe(ExitCodes.Invalid);
        run.Out.ShouldContain("MST-003");
        run.Out.ShouldContain("invalid");
    }

    [Fact]
    public async Task Check_PersonalId_PrintsOnlyMaskedNumber()
    {
        var run = await CliRun.RunAsync("id", "check", "079 0 95 012345");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Out.ShouldContain("079*******45");
        run.Out.ShouldContain("Hồ Chí Minh");
        run.Out.ShouldContain("1995");
        run.Out.ShouldContain("Male");
        run.Out.ShouldNotContain("079095012345");
        run.Out.ShouldNotContain("95012345");
    }

    [Theory]
    [InlineData("003095012345", "CCCD-003")]
    [InlineData("012345678", "CCCD-004")]
    public async Task Check_InvalidPersonalId_ExitsOneWithoutTheNumber(string value, string code)
    {
        var run = await CliRun.RunAsync("id", "check", value);

        run.ExitCode.ShouldBe(ExitCodes.Invalid);
        run.Out.ShouldContain(code);
        run.Out.ShouldNotContain(value);
        run.Error.ShouldNotContain(value);
    }

    [Fact]
    public async Task Check_PersonalTaxCode_IsMasked()
    {
        var run = await CliRun.RunAsync("id", "check", "001085012345", "--kind", "taxcode");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Out.ShouldContain("Tax code");
        run.Out.ShouldContain("Personal");
        run.Out.ShouldContain("001*******45");
        run.Out.ShouldNotContain("001085012345");
    }

    [Fact]
    public async Task Check_KindForced_OverridesDetection()
    {
        var run = await CliRun.RunAsync("id", "check", "0100109106", "--kind", "personal");

        run.ExitCode.ShouldBe(ExitCodes.Invalid);
        run.Out.ShouldContain("CCCD-002");
    }

    [Fact]
    public async Task Check_UnrecognisedShape_ExitsOneWithCli002()
    {
        var run = await CliRun.RunAsync("id", "check", "12345");

        run.ExitCode.ShouldBe(ExitCodes.Invalid);
        run.Out.ShouldContain("CLI-002");
    }

    [Theory]
    [InlineData("id check")]
    [InlineData("id check 0100109106 --kind passport")]
    public async Task Check_UsageError_ExitsTwo(string commandLine)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Out.ShouldBeEmpty();
    }
}
