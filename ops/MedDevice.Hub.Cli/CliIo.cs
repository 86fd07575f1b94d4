using Spectre.Console;

namespace MedDevice.Hub.Cli;

/// <summary>The process edges a command may touch: standard streams and the clock. Tests pass their own.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock (GS1 century window, birth-year plausibility).</param>
internal sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Time)
{
    private const int TableWidth = 120;

    /// <summary>True when standard output is a terminal: commands may draw live progress bars.</summary>
    public bool Interactive { get; init; }

    /// <summary>A Spectre console over <see cref="Out"/> without colours or ANSI codes, so output is the same in a pipe and in tests.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        console.Profile.Width = TableWidth;
        return console;
    }
}
