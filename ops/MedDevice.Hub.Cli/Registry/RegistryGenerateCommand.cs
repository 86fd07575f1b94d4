using System.CommandLine;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Hub.Cli.Registry;

/// <summary><c>hubctl registry generate --count N --format ndjson|csv --out FILE [--bad-every K] [--start I]</c>: a deterministic sandbox registry file.</summary>
internal static class RegistryGenerateCommand
{
    public static Command Create(CliIo io)
    {
        var count = new Option<int>("--count") { Description = "Number of data rows.", Required = true };
        var format = new Option<string>("--format") { Description = "ndjson (FHIR Devices) or csv.", DefaultValueFactory = _ => "ndjson" };
        format.AcceptOnlyFromAmong("ndjson", "csv");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var badEvery = new Option<int>("--bad-every") { Description = "Make every K-th data row invalid (rotating kinds of problem); 0 = none." };
        var start = new Option<int>("--start") { Description = "Index of the first synthetic device (files with different starts do not overlap)." };
        var command = new Command("generate", "Write a deterministic sandbox registry file (same arguments, same bytes).") { count, format, output, badEvery, start };
        command.Validators.Add(result =>
        {
            if (result.GetValue(count) < 0 || result.GetValue(badEvery) < 0 || result.GetValue(start) < 0)
            {
                result.AddError("--count, --bad-every and --start must not be negative.");
            }
            else if ((long)result.GetValue(start) + result.GetValue(count) > SyntheticDevices.MaxCount)
            {
                result.AddError($"--start + --count must not exceed {SyntheticDevices.MaxCount} (the synthetic registry's distinct devices).");
            }
        });
        command.SetAction(async (p, ct) =>
        {
            var path = p.GetRequiredValue(output);
            var fileFormat = p.GetValue(format) == "csv" ? RegistryFileFormat.Csv : RegistryFileFormat.Ndjson;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            RegistryFileSummary summary;
            await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                summary = await RegistryFileWriter.WriteAsync(stream, fileFormat, p.GetValue(count), p.GetValue(badEvery), p.GetValue(start), ct);
            }

            await io.Out.WriteLineAsync($"wrote {summary.Rows} rows ({summary.BadLines.Count} bad) to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
