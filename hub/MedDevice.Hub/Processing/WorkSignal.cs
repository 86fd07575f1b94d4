namespace MedDevice.Hub.Processing;

/// <summary>
/// Wakes a worker when there is new work, so it does not wait for its next poll. Signals coalesce:
/// many notifications while the worker is busy make one wake-up.
/// </summary>
public sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Raised on every <see cref="Notify"/>, e.g. to forward to other processes.</summary>
    public event Action? Notified;

    /// <summary>Says there is work.</summary>
    public void Notify()
    {
        NotifyLocal();
        Notified?.Invoke();
    }

    /// <summary>Wakes the local worker only (a notification that came from elsewhere).</summary>
    public void NotifyLocal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: coalesced.
        }
    }

    /// <summary>Waits for a notification or the time-out.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();
}
