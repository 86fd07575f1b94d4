namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>Options for <see cref="UdiParser"/>.</summary>
public sealed class UdiParserOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Udi";

    /// <summary>Default host used to render GS1 Digital Link URIs.</summary>
    public const string DefaultDigitalLinkHost = "https://id.gs1.org";

    /// <summary>Shared default instance (strict).</summary>
    public static UdiParserOptions Default { get; } = new();

    /// <summary>
    /// When true a wrong check character (GS1 check digit, HIBCC mod 43, ISBT mod 37-2) is reported as a
    /// warning instead of an error. Some official published examples carry a wrong one. Lenient mode also
    /// accepts an ISBT 128 product code shorter than 16 characters after <c>=/</c> (AccessGUDID holds such records).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Scheme and host (no trailing slash) for rendered GS1 Digital Link URIs.</summary>
    public string DigitalLinkHost { get; init; } = DefaultDigitalLinkHost;
}
