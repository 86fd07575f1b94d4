namespace MedDevice.Hub.Security;

/// <summary>Authentication and transport security (<c>Hub:Security</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Security";

    /// <summary>Default requests per second per partner when the partner sets none.</summary>
    public const int DefaultPartnerRate = 20_000;

    /// <summary><c>Development</c> (default: API keys allowed, plain keys in configuration) or <c>Production</c> (mutual TLS required).</summary>
    public string Profile { get; set; } = "Development";

    /// <summary>Accept <c>Authorization: ApiKey …</c>; in Production only when explicitly set as a fallback.</summary>
    public bool? AllowApiKeys { get; set; }

    /// <summary>HTTPS port that requires client certificates (mutual TLS); 0 = off.</summary>
    public int MtlsPort { get; set; }

    /// <summary>Address the mutual-TLS port binds to.</summary>
    public string MtlsAddress { get; set; } = "127.0.0.1";

    /// <summary>Server certificate (PKCS#12 file) for the mutual-TLS port.</summary>
    public string? ServerCertificatePath { get; set; }

    /// <summary>Password of <see cref="ServerCertificatePath"/>.</summary>
    public string? ServerCertificatePassword { get; set; }

    /// <summary>Requests per second per partner when the partner sets none.</summary>
    public int DefaultRateLimitPerSecond { get; set; } = DefaultPartnerRate;

    /// <summary>Requests per second per client address for unauthenticated callers.</summary>
    public int AnonymousRateLimitPerSecond { get; set; } = 200;

    /// <summary>True in the production profile.</summary>
    public bool IsProduction => IsProductionProfile(Profile);

    /// <summary>True when <paramref name="profile"/> names the production profile (any other value is development).</summary>
    public static bool IsProductionProfile(string? profile) => string.Equals(profile, "Production", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether API keys are accepted: always in Development, only when allowed in Production.</summary>
    public bool ApiKeysAccepted => AllowApiKeys ?? !IsProduction;

    /// <summary>Audit checkpoint signing key (PEM), required in production: copied from <c>Hub:Audit:SigningKeyPath</c>.</summary>
    public string? AuditSigningKeyPath { get; set; }

    /// <summary>Customs reply signing certificate (PKCS#12), required in production: copied from <c>Hub:Customs:SigningCertificatePath</c>.</summary>
    public string? CustomsSigningCertificatePath { get; set; }

    /// <summary>True when <c>Hub:Privacy:PseudonymKey</c> or <c>PseudonymKeyPath</c> is configured (required in production).</summary>
    public bool PseudonymKeyConfigured { get; set; }

    /// <summary>The reasons a production start must be refused; empty when the settings are complete.</summary>
    public IReadOnlyList<string> ProductionProblems()
    {
        var problems = new List<string>();
        if (!IsProduction)
        {
            return problems;
        }

        if (MtlsPort <= 0)
        {
            problems.Add("Hub:Security:MtlsPort must name the mutual-TLS port.");
        }

        if (string.IsNullOrWhiteSpace(ServerCertificatePath) || !File.Exists(ServerCertificatePath))
        {
            problems.Add("Hub:Security:ServerCertificatePath must name an existing PKCS#12 server certificate.");
        }

        if (string.IsNullOrWhiteSpace(AuditSigningKeyPath) || !File.Exists(AuditSigningKeyPath))
        {
            problems.Add("Hub:Audit:SigningKeyPath must name the hub's ECDSA P-256 signing key (PEM).");
        }

        if (string.IsNullOrWhiteSpace(CustomsSigningCertificatePath) || !File.Exists(CustomsSigningCertificatePath))
        {
            problems.Add("Hub:Customs:SigningCertificatePath must name the hub's customs signing certificate (PKCS#12 with an RSA key).");
        }

        if (!PseudonymKeyConfigured)
        {
            problems.Add("Hub:Privacy:PseudonymKey or Hub:Privacy:PseudonymKeyPath must hold the pseudonym key.");
        }

        return problems;
    }
}
