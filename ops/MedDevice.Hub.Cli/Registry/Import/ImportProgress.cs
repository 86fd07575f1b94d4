namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>Where an import stands after a committed batch.</summary>
/// <param name="Totals">Totals for the file (a resumed run included).</param>
/// <param name="RowsThisRun">Rows this run read.</param>
/// <param name="Offset">Bytes of the file done.</param>
/// <param name="Size">The file's size.</param>
/// <param name="Elapsed">Time this run has taken.</param>
internal sealed record ImportProgress(ImportCounters Totals, long RowsThisRun, long Offset, long Size, TimeSpan Elapsed)
{
    /// <summary>Rows per second this run.</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsThisRun / Elapsed.TotalSeconds : 0;
}
