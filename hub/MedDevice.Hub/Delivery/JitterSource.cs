namespace MedDevice.Hub.Delivery;

/// <summary>The injected random source for retry jitter; seeded for reproducible tests.</summary>
public sealed class JitterSource(int? seed)
{
    private readonly Random _random = seed is { } s ? new Random(s) : new Random();
    private readonly Lock _gate = new();

    /// <summary>A draw in [0, 1).</summary>
    public double Next()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }
}
