namespace MedDevice.Hub.Storage.Protection;

/// <summary>No encryption (tests of the queue mechanics, tools that never read payloads).</summary>
public sealed class PlainPayloads : IPayloadProtector
{
    /// <summary>The shared instance.</summary>
    public static PlainPayloads Instance { get; } = new();

    /// <inheritdoc />
    public byte[] Protect(byte[] plaintext) => plaintext;

    /// <inheritdoc />
    public byte[] Unprotect(byte[] stored) => stored;
}
