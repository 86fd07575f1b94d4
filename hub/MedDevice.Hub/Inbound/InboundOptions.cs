namespace MedDevice.Hub.Inbound;

/// <summary>Inbound limits (<c>Hub:Inbound</c>).</summary>
public sealed class InboundOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Inbound";

    /// <summary>Largest accepted body in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest accepted Idempotency-Key.</summary>
    public int MaxIdempotencyKeyLength { get; set; } = 200;
}
