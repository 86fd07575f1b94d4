using System.CommandLine;
using MedDevice.Hub.Cli.Audit;
using MedDevice.Hub.Cli.Ids;
using MedDevice.Hub.Cli.Queues;
using MedDevice.Hub.Cli.Registry;
using MedDevice.Hub.Cli.Udi;

namespace MedDevice.Hub.Cli;

/// <summary>The hubctl entry point, callable in process: builds the command tree, reports usage errors with exit code 2.</summary>
internal static class HubCtl
{
    /// <summary>Builds the root command for the given process edges.</summary>
    public static RootCommand BuildRootCommand(CliIo io) =>
        new("hubctl: operator tools for MedDevice.Hub (UDI parsing, identifier checks, queues and dead letters, registry bulk import).")
        {
            UdiCommand.Create(io),
            IdCommand.Create(io),
            QueuesCommand.Create(io),
            DlqCommand.Create(io),
            PartnersCommand.Create(io),
            AuditCommand.Create(io),
            RegistryCommand.Create(io),
        };

    /// <summary>Parses and runs one command line.</summary>
    public static async Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default)
    {
        var parseResult = BuildRootCommand(io).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await io.Error.WriteLineAsync($"hubctl: {error.Message}").ConfigureAwait(false);
            }

            await io.Error.WriteLineAsync("Run 'hubctl --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
