using System.CommandLine;

namespace MedDevice.Hub.Cli.Ids;

/// <summary>The <c>id</c> command group.</summary>
internal static class IdCommand
{
    public static Command Create(CliIo io) =>
        new("id", "Check Vietnamese identifiers: registration numbers, tax codes, personal IDs.")
        {
            IdCheckCommand.Create(io),
        };
}
