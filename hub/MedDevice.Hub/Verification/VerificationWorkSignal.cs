using MedDevice.Hub.Processing;

namespace MedDevice.Hub.Verification;

/// <summary>Wakes the verification worker when a check is queued.</summary>
public sealed class VerificationWorkSignal : IDisposable
{
    /// <summary>The signal.</summary>
    public WorkSignal Queued { get; } = new();

    /// <inheritdoc />
    public void Dispose() => Queued.Dispose();
}
