namespace MedDevice.Adapters.Testing.Partners;

/// <summary>What the hub answered a partner: the HTTP status, the media type and the body as text.</summary>
public sealed record PartnerAnswer(int Status, string? ContentType, string Body);
