namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>What <c>hubctl registry import</c> was asked to do.</summary>
/// <param name="Path">The file to import.</param>
/// <param name="Format">NDJSON or CSV.</param>
/// <param name="ErrorsPath">The error report file.</param>
/// <param name="BatchSize">Rows per transaction (and per checkpoint).</param>
/// <param name="Restart">Ignore a checkpoint and start from the first row.</param>
/// <param name="StopAfterRows">Stop (as if interrupted) after the batch that reaches this many rows in this run.</param>
internal sealed record ImportOptions(string Path, ImportFormat Format, string ErrorsPath, int BatchSize, bool Restart, long? StopAfterRows);
