namespace MedDevice.Hub.Processing;

/// <summary>The two kinds of work: accepted messages to process, deliveries to send.</summary>
public sealed class WorkSignals : IDisposable
{
    /// <summary>New inbox rows.</summary>
    public WorkSignal Inbox { get; } = new();

    /// <summary>New or due deliveries.</summary>
    public WorkSignal Deliveries { get; } = new();

    /// <inheritdoc />
    public void Dispose()
    {
        Inbox.Dispose();
        Deliveries.Dispose();
    }
}
