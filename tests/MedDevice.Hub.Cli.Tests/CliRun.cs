using MedDevice.Hub.Cli;

namespace MedDevice.Hub.Cli.Tests;

/// <summary>Runs hubctl in process with captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await HubCtl.RunAsync(args, new CliIo(input, output, error, TimeProvider.System));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
