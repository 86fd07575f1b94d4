namespace MedDevice.Hub.Cli.Queues;

/// <summary>The hub's configured pseudonym key (and so its payload key) cannot be used.</summary>
internal sealed class HubKeyException : Exception
{
    public HubKeyException()
    {
    }

    public HubKeyException(string message)
        : base(message)
    {
    }

    public HubKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
