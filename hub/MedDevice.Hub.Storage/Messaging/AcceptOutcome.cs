namespace MedDevice.Hub.Storage.Messaging;

/// <summary>What accepting a message did.</summary>
/// <param name="HubMessageId">The receipt's id: new, or the original one for a repeat.</param>
/// <param name="IsNew">False when the partner message id was seen before.</param>
/// <param name="SameBody">For a repeat: whether its body equals the original (else a conflict).</param>
/// <param name="ReceivedAt">When the original was accepted (Unix ms).</param>
public sealed record AcceptOutcome(string HubMessageId, bool IsNew, bool SameBody, long ReceivedAt);
