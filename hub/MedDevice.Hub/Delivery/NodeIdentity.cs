namespace MedDevice.Hub.Delivery;

/// <summary>This process's name in claims (<c>Hub:NodeId</c>, default host name + process id).</summary>
public sealed record NodeIdentity(string Id);
