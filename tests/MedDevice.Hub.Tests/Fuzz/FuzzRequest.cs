namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>One generated inbound request; null header values are left out.</summary>
public sealed record FuzzRequest(int Case, string Kind, string Feed, string? ApiKey, string? IdempotencyKey, string? ContentType, byte[] Body, bool Chunked);
