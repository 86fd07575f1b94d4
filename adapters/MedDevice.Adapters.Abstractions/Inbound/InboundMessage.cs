namespace MedDevice.Adapters.Inbound;

/// <summary>An accepted message handed to its feed for planning (times in Unix ms).</summary>
/// <param name="HubMessageId">The hub message id of its receipt.</param>
/// <param name="PartnerId">The partner that sent it.</param>
/// <param name="Feed">Its feed.</param>
/// <param name="Body">The payload as accepted.</param>
/// <param name="DeviceKey">Its ordering key, if any.</param>
/// <param name="ReceivedAt">When it was accepted.</param>
/// <param name="Attempts">Processing attempts so far, this one included.</param>
public sealed record InboundMessage(
    string HubMessageId,
    string PartnerId,
    string Feed,
    ReadOnlyMemory<byte> Body,
    string? DeviceKey,
    long ReceivedAt,
    int Attempts);
