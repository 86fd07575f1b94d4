using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace MedDevice.Adapters.Identity.Grpc;

/// <summary>
/// The channel to the identity service: HTTP/2 over TLS (<c>https://</c>), with the configured client certificate
/// and, when set, the server certificate pinned by SHA-256 thumbprint; HTTP/2 cleartext for <c>http://</c>
/// (development and the sandbox on loopback).
/// </summary>
internal static class IdentityChannelFactory
{
    public static GrpcChannel Create(IdentityAdapterOptions options, ILoggerFactory? loggerFactory)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.CallTimeout,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
            EnableMultipleHttp2Connections = true,
        };
        if (options.EndpointUri.Scheme == Uri.UriSchemeHttps)
        {
            handler.SslOptions = Tls(options);
        }

        return GrpcChannel.ForAddress(options.EndpointUri, new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            LoggerFactory = loggerFactory,
        });
    }

    private static SslClientAuthenticationOptions Tls(IdentityAdapterOptions options)
    {
        var tls = new SslClientAuthenticationOptions();
        if (!string.IsNullOrWhiteSpace(options.ClientCertificatePath))
        {
            tls.ClientCertificates = [X509CertificateLoader.LoadPkcs12FromFile(options.ClientCertificatePath, options.ClientCertificatePassword)];
        }

        if (!string.IsNullOrWhiteSpace(options.ServerCertificateThumbprint))
        {
            var pin = options.ServerCertificateThumbprint.Replace(":", "", StringComparison.Ordinal).Trim();
            tls.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && string.Equals(
                    Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData())), pin, StringComparison.OrdinalIgnoreCase);
        }

        return tls;
    }
}
