namespace MedDevice.Hub.Core.Xml;

/// <summary>Bounds on an XML payload read through <see cref="SafeXml"/>.</summary>
public sealed record SafeXmlLimits
{
    /// <summary>Default for <see cref="MaxCharacters"/>: 4 Mi characters.</summary>
    public const long DefaultMaxCharacters = 4L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Default for <see cref="MaxElements"/>.</summary>
    public const int DefaultMaxElements = 100_000;

    /// <summary>The defaults.</summary>
    public static SafeXmlLimits Default { get; } = new();

    /// <summary>Largest document in characters.</summary>
    public long MaxCharacters { get; init; } = DefaultMaxCharacters;

    /// <summary>Deepest element nesting; the root element is level 1.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Most elements in one document.</summary>
    public int MaxElements { get; init; } = DefaultMaxElements;
}
