namespace MedDevice.Hub.Messages;

/// <summary>One stage a message reached, and when.</summary>
public sealed record StageView(string Stage, string At);
