using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>
/// What an import shows: a live progress bar on a terminal, else a plain progress line every few seconds; then the
/// summary (text, or one JSON object with <c>--json</c>).
/// </summary>
internal sealed class ImportOutput(CliIo io, ImportOptions options, string database, bool json)
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    /// <summary>Runs the import while showing its progress.</summary>
    public async Task<ImportResult> RunAsync(ImportRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (!json)
        {
            await io.Out.WriteLineAsync($"importing {options.Path} ({options.Format.ToString().ToLowerInvariant()}, {Size(new FileInfo(options.Path).Length)}) into {database}, batches of {options.BatchSize}");
        }

        if (json || !io.Interactive)
        {
            var last = io.Time.GetTimestamp();
            return await runner.RunAsync(progress =>
            {
                if (!json && io.Time.GetElapsedTime(last) >= PlainEvery)
                {
                    last = io.Time.GetTimestamp();
                    io.Out.WriteLine(Line(progress));
                }
            }, cancellationToken);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Out) });
        ImportResult? result = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(1, new FileInfo(options.Path).Length));
                result = await runner.RunAsync(progress =>
                {
                    task.Value = progress.Offset;
                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                        $"{progress.Totals.Rows:N0} rows, {progress.RowsPerSecond:N0} rows/s, {progress.Totals.Rejected:N0} rejected"));
                }, cancellationToken);
                task.StopTask();
            });
        return result!;
    }

    /// <summary>Prints the final summary.</summary>
    public async Task WriteSummaryAsync(ImportResult result, IReadOnlyList<string> notices)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(notices);
        var p = result.Progress;
        var t = p.Totals;
        if (json)
        {
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = options.Path,
                format = options.Format.ToString().ToLowerInvariant(),
                database,
                completed = result.Completed,
                resumedAtLine = result.ResumedAtLine,
                rows = t.Rows,
                rowsThisRun = p.RowsThisRun,
                created = t.Created,
                updated = t.Updated,
                unchanged = t.Unchanged,
                rejected = t.Rejected,
                errorReport = options.ErrorsPath,
                elapsedSeconds = Math.Round(p.Elapsed.TotalSeconds, 3),
                rowsPerSecond = Math.Round(p.RowsPerSecond),
            }));
            return;
        }

        foreach (var notice in notices)
        {
            await io.Out.WriteLineAsync(notice);
        }

        await io.Out.WriteLineAsync(result.Completed
            ? $"import complete: {options.Path}"
            : $"import interrupted: {options.Path} (run the same command again to resume)");
        await io.Out.WriteLineAsync(Invariant($"rows: {t.Rows} (this run: {p.RowsThisRun}{(result.ResumedAtLine is { } line ? $", resumed at line {line}" : "")})"));
        await io.Out.WriteLineAsync(Invariant($"created: {t.Created}"));
        await io.Out.WriteLineAsync(Invariant($"updated: {t.Updated}"));
        await io.Out.WriteLineAsync(Invariant($"unchanged: {t.Unchanged}"));
        await io.Out.WriteLineAsync(Invariant($"rejected: {t.Rejected} (error report: {options.ErrorsPath})"));
        await io.Out.WriteLineAsync(Invariant($"elapsed: {p.Elapsed.TotalSeconds:F2} s"));
        await io.Out.WriteLineAsync(Invariant($"rows/s: {p.RowsPerSecond:F0}"));
    }

    private static string Line(ImportProgress p) => Invariant(
        $"progress: {p.Totals.Rows} rows ({(p.Size == 0 ? 100 : 100.0 * p.Offset / p.Size):F1}%), {p.RowsPerSecond:F0} rows/s, created {p.Totals.Created}, updated {p.Totals.Updated}, unchanged {p.Totals.Unchanged}, rejected {p.Totals.Rejected}");

    private static string Size(long bytes) => bytes >= 1 << 20 ? Invariant($"{bytes / 1048576.0:F1} MiB") : Invariant($"{bytes / 1024.0:F1} KiB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
