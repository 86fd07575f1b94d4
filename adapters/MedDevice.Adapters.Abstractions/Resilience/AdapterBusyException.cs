namespace MedDevice.Adapters.Resilience;

/// <summary>Raised inside <see cref="AdapterCallPolicy"/> when the bulkhead's queue is full; never leaves it.</summary>
internal sealed class AdapterBusyException : Exception
{
    public AdapterBusyException()
        : base("The adapter's call queue is full.")
    {
    }

    public AdapterBusyException(string message)
        : base(message)
    {
    }

    public AdapterBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
