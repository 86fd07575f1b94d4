namespace MedDevice.Adapters.Refusals;

/// <summary>Endpoint metadata naming the protocol an endpoint's refusals are written in.</summary>
public sealed class RefusalProtocolMetadata(IRefusalWriter writer)
{
    /// <summary>The protocol's writer.</summary>
    public IRefusalWriter Writer { get; } = writer ?? throw new ArgumentNullException(nameof(writer));
}
