using System.CommandLine;
using System.Data.Common;
using MedDevice.Hub.Cli.Queues;
using MedDevice.Hub.Cli.Registry.Import;
using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Cli.Registry;

/// <summary>
/// <c>hubctl registry import FILE</c>: streams an NDJSON (FHIR Devices) or CSV file into the registry in batches, with a
/// progress bar (plain lines when output is not a terminal), an error report, a checkpoint per batch (resume by running
/// the same command again; <c>--restart</c> to start over) and a final summary.
/// </summary>
internal static class RegistryImportCommand
{
    public const int DefaultBatchSize = 5_000;

    public static Command Create(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var file = new Argument<string>("file") { Description = "The file: .ndjson/.jsonl (one FHIR Device per line) or .csv (columns in the README)." };
        var format = new Option<string?>("--format") { Description = "ndjson or csv (default: from the file extension)." };
        format.AcceptOnlyFromAmong("ndjson", "csv");
        var errors = new Option<string?>("--errors") { Description = "The error report (default: <file>.errors.csv)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction and checkpoint.", DefaultValueFactory = _ => DefaultBatchSize };
        var restart = new Option<bool>("--restart") { Description = "Ignore the checkpoint of an interrupted run and start from the first row." };
        var failOnErrors = new Option<bool>("--fail-on-errors") { Description = "Exit with code 1 when any row was rejected." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object (no progress lines)." };
        var stopAfter = new Option<long?>("--stop-after") { Description = "Stop as if interrupted once this many rows are committed in this run (exit code 4; for drills and tests)." };
        var command = new Command("import", "Bulk-import registry devices from NDJSON or CSV: idempotent, resumable, with an error report.")
        {
            file, config, format, errors, batchSize, restart, failOnErrors, json, stopAfter,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--batch-size must be between 1 and 100000.");
            }
        });
        stopAfter.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is < 1)
            {
                result.AddError("--stop-after must be positive.");
            }
        });
        command.SetAction(async (p, ct) =>
        {
            var path = p.GetRequiredValue(file);
            var importFormat = FormatOf(path, p.GetValue(format));
            if (importFormat is null)
            {
                await io.Error.WriteLineAsync("hubctl: cannot tell the format from the file extension; use --format ndjson|csv.");
                return ExitCodes.Usage;
            }

            if (!File.Exists(path))
            {
                await io.Error.WriteLineAsync($"hubctl: IMP-000 file not found: {path}");
                return ExitCodes.Fatal;
            }

            var options = new ImportOptions(path, importFormat.Value, p.GetValue(errors) ?? path + ".errors.csv", p.GetValue(batchSize),
                p.GetValue(restart), p.GetValue(stopAfter));
            try
            {
                await using var hub = HubConnection.Open(p.GetValue(config));
                // The schema the host would migrate to at start: an import may run before the host ever has.
                await new MigrationRunner(hub.Dialect, io.Time).ApplyAsync(ct);
                using var protector = hub.CreatePayloadProtector();
                var runner = new ImportRunner(options, hub.Dialect, protector, io.Time);
                var output = new ImportOutput(io, options, hub.Dialect.Provider.ToString(), p.GetValue(json));
                var result = await output.RunAsync(runner, ct);
                await output.WriteSummaryAsync(result, runner.Notices);
                return !result.Completed ? ExitCodes.Interrupted
                    : p.GetValue(failOnErrors) && result.Progress.Totals.Rejected > 0 ? ExitCodes.Invalid
                    : ExitCodes.Ok;
            }
            catch (ImportFatalException ex)
            {
                await io.Error.WriteLineAsync($"hubctl: {ex.Code} {ex.Message}");
                return ExitCodes.Fatal;
            }
            catch (HubKeyException ex)
            {
                await io.Error.WriteLineAsync($"hubctl: IMP-000 {ex.Message}");
                return ExitCodes.Fatal;
            }
            catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
            {
                await io.Error.WriteLineAsync($"hubctl: import failed ({ex.GetType().Name}): {ex.Message}");
                return ExitCodes.Fatal;
            }
        });
        return command;
    }

    private static ImportFormat? FormatOf(string path, string? format) => (format ?? Path.GetExtension(path).ToLowerInvariant()) switch
    {
        "ndjson" or ".ndjson" or ".jsonl" => ImportFormat.Ndjson,
        "csv" or ".csv" => ImportFormat.Csv,
        _ => null,
    };
}
