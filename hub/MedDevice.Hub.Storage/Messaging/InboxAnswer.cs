namespace MedDevice.Hub.Storage.Messaging;

/// <summary>What the inbox holds for a partner's message id: the hub message id, the body hash and the stored answer (output).</summary>
public sealed record InboxAnswer(string HubMessageId, string BodySha256, byte[]? Output);
