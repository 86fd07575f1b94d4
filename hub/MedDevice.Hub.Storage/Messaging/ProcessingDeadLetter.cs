namespace MedDevice.Hub.Storage.Messaging;

/// <summary>
/// An accepted message whose processing failed on every attempt of its budget (times in Unix ms). It is parked, not
/// lost: its device key moves on, an operator sees it next to the delivery dead letters and can replay it.
/// </summary>
/// <param name="Id">The inbox id (the processing dead letter's id).</param>
/// <param name="HubMessageId">The hub message id of the receipt.</param>
/// <param name="PartnerId">The partner that sent it.</param>
/// <param name="Feed">Its feed.</param>
/// <param name="DeviceKey">Its ordering key, if any.</param>
/// <param name="Attempts">Processing attempts made.</param>
/// <param name="ErrorCode">The code it was parked with.</param>
/// <param name="LastError">The last error (redacted, never a payload).</param>
/// <param name="ReceivedAt">When it was accepted.</param>
/// <param name="DeadAt">When it was parked.</param>
public sealed record ProcessingDeadLetter(
    long Id,
    string HubMessageId,
    string PartnerId,
    string Feed,
    string? DeviceKey,
    int Attempts,
    string? ErrorCode,
    string? LastError,
    long ReceivedAt,
    long? DeadAt);
