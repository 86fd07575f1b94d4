namespace MedDevice.Hub.Hardening;

/// <summary>Limits on every HTTP request (<c>Hub:Http</c>); the inbound body size is <c>Hub:Inbound:MaxBodyBytes</c>.</summary>
public sealed class HttpLimitsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Http";

    /// <summary>Longest time a request may take end to end before it is answered 504 (seconds).</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest time a client may take to send the request headers (seconds).</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 15;

    /// <summary>Largest total size of the request headers in bytes.</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    /// <summary>Most request headers.</summary>
    public int MaxRequestHeaderCount { get; set; } = 64;

    /// <summary>Longest request line (method, path, query) in bytes.</summary>
    public int MaxRequestLineSize { get; set; } = 8 * 1024;
}
