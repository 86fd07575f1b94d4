namespace MedDevice.Hub.Inbound;

/// <summary>The acknowledgement a partner gets once its message is committed.</summary>
public sealed record Receipt(string HubMessageId, string Status);
