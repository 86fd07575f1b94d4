namespace MedDevice.Hub.Bench.E2e;

/// <summary>Nearest-rank percentiles of latency samples in milliseconds.</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percentile"/>-th percentile (0–100) of sorted samples; 0 when there are none.</summary>
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 2);
    }
}
