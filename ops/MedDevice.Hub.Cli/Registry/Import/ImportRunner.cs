using System.Threading.Channels;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Bulk;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>
/// Streams one file into the registry: a reader, a parser (rows validated in parallel) and the bulk writer run as a
/// pipeline with bounded queues; each batch commits with a checkpoint (offset, line, totals, error-report length), so
/// an interrupted import resumes after its last committed batch and rows are never applied or reported twice.
/// </summary>
internal sealed class ImportRunner(ImportOptions options, SqlDialect dialect, IPayloadProtector protector, TimeProvider time)
{
    /// <summary>Lines of the run's preamble (resume notice and the like).</summary>
    public List<string> Notices { get; } = [];

    /// <summary>Runs the import; <paramref name="onBatch"/> sees the state after every committed batch.</summary>
    /// <exception cref="ImportFatalException">The file or its CSV header cannot be read.</exception>
    public async Task<ImportResult> RunAsync(Action<ImportProgress> onBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onBatch);
        var started = time.GetTimestamp();
        var size = new FileInfo(options.Path).Length;
        var key = await SourceIdentity.KeyOfAsync(options.Path, options.Format, cancellationToken);
        var checkpoints = new ImportCheckpointStore(dialect);
        if (options.Restart)
        {
            await checkpoints.DeleteAsync(key, cancellationToken);
        }

        var (csv, dataOffset, dataLine) = options.Format == ImportFormat.Csv ? await ReadHeaderAsync(cancellationToken) : (null, 0L, 0L);
        var checkpoint = await checkpoints.GetAsync(key, cancellationToken);
        var counters = checkpoint is null ? null : ImportCounters.FromJson(checkpoint.State);
        long? resumedAt = null;
        if (checkpoint is not null && counters is not null)
        {
            (dataOffset, dataLine, resumedAt) = (checkpoint.ByteOffset, checkpoint.LineNumber, checkpoint.LineNumber + 1);
            Notices.Add($"resuming at line {resumedAt} (byte {checkpoint.ByteOffset}) from the checkpoint of an interrupted run");
        }

        using var report = ErrorReport.Open(options.ErrorsPath, counters?.ErrorReportBytes, out var continued);
        if (counters is not null && !continued)
        {
            Notices.Add("the error report of the interrupted run is gone: the new report lists rows from the resume point on");
        }

        var totals = (counters ?? ImportCounters.Zero) with { ErrorReportBytes = report.Length };
        var writer = new RegistryBulkWriter(dialect, time, protector);
        var parser = new ImportRowParser(options.Format, csv, writer);
        var rowsThisRun = 0L;
        var lastOffset = dataOffset;
        ImportProgress Progress(long offset) => new(totals, rowsThisRun, offset, size, time.GetElapsedTime(started));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parsed = StartPipeline(dataOffset, dataLine, parser, stop.Token, out var pipeline);
        try
        {
            await foreach (var batch in parsed.ReadAllAsync(stop.Token))
            {
                var before = totals;
                var committed = before;
                var valid = batch.Rows.Where(r => r.Row is not null).ToList();
                var reportStart = report.Length;
                await writer.WriteAsync(valid.Select(r => r.Row!).ToList(), results =>
                {
                    // Runs once per attempt of the batch's transaction: rewrite this batch's part of the report each time.
                    report.TruncateTo(reportStart);
                    var invalid = WriteRejections(report, batch.Rows, valid, results);
                    report.Flush();
                    committed = before.After(batch.Rows.Length, invalid, results, report.Length);
                    return new BulkCheckpoint(key, options.Path, batch.NextOffset, batch.LastLine, committed.ToJson());
                }, cancellationToken);
                totals = committed;
                rowsThisRun += batch.Rows.Length;
                lastOffset = batch.NextOffset;
                onBatch(Progress(batch.NextOffset));
                if (options.StopAfterRows is { } limit && rowsThisRun >= limit)
                {
                    await stop.CancelAsync();
                    return new ImportResult(Progress(batch.NextOffset), resumedAt, Completed: false);
                }
            }

            await pipeline;
            await writer.FinishAsync(cancellationToken);
            await checkpoints.DeleteAsync(key, cancellationToken);
            return new ImportResult(Progress(size), resumedAt, Completed: true);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ImportResult(Progress(lastOffset), resumedAt, Completed: false);
        }
        finally
        {
            await stop.CancelAsync();
            await pipeline.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Writes the batch's rejected rows (invalid, key conflict, revoked) in line order; returns how many were invalid.</summary>
    private static int WriteRejections(ErrorReport report, ParsedRow[] rows, List<ParsedRow> valid, IReadOnlyList<DeviceWriteResult> results)
    {
        var rejected = new List<(long Line, MappingIssue Issue)>();
        var invalid = 0;
        foreach (var row in rows.Where(r => r.Row is null))
        {
            invalid++;
            rejected.AddRange(row.Issues.Select(i => (row.Line, i)));
        }

        for (var i = 0; i < results.Count; i++)
        {
            var issue = results[i].Outcome switch
            {
                DeviceWriteOutcome.KeyConflict => new MappingIssue(RegistryEntryErrorCodes.KeyConflict,
                    "The UDI-DI and the registration number belong to two different registered devices."),
                DeviceWriteOutcome.Revoked => new MappingIssue(RegistryEntryErrorCodes.Revoked,
                    "The device is revoked in the registry; its keys stay reserved and the row was not applied."),
                _ => null,
            };
            if (issue is not null)
            {
                rejected.Add((valid[i].Line, issue));
            }
        }

        foreach (var (line, issue) in rejected.OrderBy(r => r.Line))
        {
            report.Write(line, issue.Code, issue.Message);
        }

        return invalid;
    }

    private ChannelReader<ParsedBatch> StartPipeline(long offset, long line, ImportRowParser parser, CancellationToken token, out Task pipeline)
    {
        var raw = Channel.CreateBounded<List<SourceRow>>(1);
        var parsed = Channel.CreateBounded<ParsedBatch>(1);
        var read = Task.Run(async () =>
        {
            try
            {
                await using var reader = SourceReader.Open(options.Path, options.Format == ImportFormat.Csv, offset, line);
                while (await reader.ReadBatchAsync(options.BatchSize, token) is { Count: > 0 } batch)
                {
                    await raw.Writer.WriteAsync(batch, token);
                }

                raw.Writer.Complete();
            }
            catch (Exception ex)
            {
                raw.Writer.Complete(ex);
                throw;
            }
        }, token);
        var parse = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in raw.Reader.ReadAllAsync(token))
                {
                    var rows = new ParsedRow[batch.Count];
                    Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = token }, i => rows[i] = parser.Parse(batch[i]));
                    await parsed.Writer.WriteAsync(new ParsedBatch(rows, batch[^1].LastLine, batch[^1].NextOffset), token);
                }

                parsed.Writer.Complete();
            }
            catch (Exception ex)
            {
                parsed.Writer.Complete(ex);
                throw;
            }
        }, token);
        pipeline = Task.WhenAll(read, parse);
        return parsed.Reader;
    }

    private async Task<(RegistryCsvFormat Format, long Offset, long Line)> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        await using var reader = SourceReader.Open(options.Path, csv: true);
        var header = await reader.ReadRowAsync(cancellationToken)
            ?? throw new ImportFatalException(RegistryEntryErrorCodes.BadHeader, "The CSV file is empty: it needs a header row.");
        var fields = new List<string>();
        var issues = new List<MappingIssue>();
        if (!CsvFields.TrySplit(System.Text.Encoding.UTF8.GetString(header.Bytes), fields))
        {
            throw new ImportFatalException(RegistryEntryErrorCodes.BadHeader, "The CSV header has an unterminated quote.");
        }

        var format = RegistryCsvFormat.FromHeader(fields, issues)
            ?? throw new ImportFatalException(RegistryEntryErrorCodes.BadHeader, string.Join(" ", issues.Select(i => i.Message)));
        return (format, header.NextOffset, header.LastLine);
    }
}
