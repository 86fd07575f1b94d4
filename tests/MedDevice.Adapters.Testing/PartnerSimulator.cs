namespace MedDevice.Adapters.Testing;

/// <summary>A running partner simulator (usually ops/MedDevice.Sandbox) on 127.0.0.1, stopped on dispose.</summary>
/// <param name="endpoint">Where it listens.</param>
/// <param name="stop">Stops it.</param>
public sealed class PartnerSimulator(Uri endpoint, Func<ValueTask> stop) : IAsyncDisposable
{
    /// <summary>Where it listens.</summary>
    public Uri Endpoint { get; } = endpoint;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => stop();
}
