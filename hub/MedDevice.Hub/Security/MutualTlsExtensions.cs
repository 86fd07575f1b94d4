using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace MedDevice.Hub.Security;

/// <summary>
/// Adds the mutual-TLS port next to the plain address(es): HTTPS that requires a client certificate. Any
/// certificate may complete the handshake; the partner directory then decides by thumbprint (pinning), so
/// partners with certificates from different authorities need no shared CA.
/// </summary>
public static class MutualTlsExtensions
{
    /// <summary>Configures Kestrel when a mutual-TLS port is set; refuses a production start without one.</summary>
    public static WebApplicationBuilder AddMutualTls(this WebApplicationBuilder builder, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.ProductionProblems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Production profile refused to start: " + string.Join(" ", problems));
        }

        if (options.MtlsPort <= 0)
        {
            return builder;
        }

        if (string.IsNullOrWhiteSpace(options.ServerCertificatePath))
        {
            throw new InvalidOperationException("Hub:Security:ServerCertificatePath is required when Hub:Security:MtlsPort is set.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.ServerCertificatePath, options.ServerCertificatePassword);
        var plain = (builder.Configuration["urls"] ?? Composition.HostingExtensions.DefaultUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Explicit listeners replace --urls, so the plain addresses are bound here too.
            foreach (var url in plain)
            {
                var uri = new Uri(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal));
                kestrel.Listen(uri.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(uri.Host), uri.Port);
            }

            kestrel.Listen(IPAddress.Parse(options.MtlsAddress), options.MtlsPort, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
            {
                ServerCertificate = certificate,
                ClientCertificateMode = ClientCertificateMode.RequireCertificate,
                ClientCertificateValidation = (_, _, _) => true,
            }));
        });
        return builder;
    }
}
