namespace MedDevice.Sandbox.Hosting;

/// <summary>
/// The sandbox's settings: section <c>Sandbox</c> when it runs standalone, <c>Hub:Sandbox</c> when the hub starts
/// it in-process (development profile only).
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>Section read by the standalone sandbox.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>Where it listens by default: loopback, HTTP/2 cleartext.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5090";

    /// <summary>Whether the hub starts it in-process (ignored when standalone).</summary>
    public bool Enabled { get; set; }

    /// <summary><c>http://ip:port</c> (HTTP/2 cleartext) or <c>https://ip:port</c> (TLS, needs <see cref="CertificatePath"/>); port 0 = any free port.</summary>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>Server certificate (PKCS#12) for an <c>https</c> URL.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Require a client certificate over TLS (any certificate completes the handshake; it shows mutual TLS works).</summary>
    public bool RequireClientCertificate { get; set; }

    /// <summary>The identity service's population and chaos settings.</summary>
    public IdentitySandboxOptions Identity { get; set; } = new();
}
