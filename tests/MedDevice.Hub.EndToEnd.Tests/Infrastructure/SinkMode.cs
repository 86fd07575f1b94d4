namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>How a <see cref="SinkServer"/> answers deliveries.</summary>
public enum SinkMode
{
    /// <summary>200 at once.</summary>
    Up,

    /// <summary>200 after <see cref="SinkServer.SlowDelay"/>.</summary>
    Slow,

    /// <summary>503 to everything.</summary>
    Unavailable,

    /// <summary>Alternately 503 and 200.</summary>
    Flapping,
}
