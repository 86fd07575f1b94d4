using System.CommandLine;

namespace MedDevice.Hub.Cli.Udi;

/// <summary>The <c>udi</c> command group.</summary>
internal static class UdiCommand
{
    public static Command Create(CliIo io) =>
        new("udi", "Work with Unique Device Identifiers (GS1, HIBCC, ISBT 128).")
        {
            UdiParseCommand.Create(io),
        };
}
