using System.CommandLine;

namespace MedDevice.Hub.Cli.Registry;

/// <summary><c>hubctl registry generate|import</c>: sandbox registry files and bulk import into the registry.</summary>
internal static class RegistryCommand
{
    public static Command Create(CliIo io) =>
        new("registry", "Work with the national device registry: generate sandbox files, bulk-import NDJSON or CSV.")
        {
            RegistryGenerateCommand.Create(io),
            RegistryImportCommand.Create(io),
        };
}
