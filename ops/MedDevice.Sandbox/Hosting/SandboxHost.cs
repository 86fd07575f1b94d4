using System.Net;
using System.Security.Cryptography.X509Certificates;
using MedDevice.Sandbox.Chaos;
using MedDevice.Sandbox.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDevice.Sandbox.Hosting;

/// <summary>
/// Builds the sandbox web application: partner simulators on one Kestrel endpoint (today the identity service,
/// gRPC <c>meddevice.identity.v1</c>). Used by the standalone <c>Program</c> and by the hub in-process.
/// </summary>
public static class SandboxHost
{
    /// <summary>Standalone: settings from <c>appsettings.json</c>, environment and command line, section <c>Sandbox</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SandboxHost).Assembly.GetName().Name });
        var options = new SandboxOptions();
        builder.Configuration.GetSection(SandboxOptions.SectionName).Bind(options);
        return Configure(builder, options);
    }

    /// <summary>In-process (the hub, tests): the given settings, logging through <paramref name="loggerFactory"/> when given.</summary>
    public static WebApplication Build(SandboxOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxHost).Assembly.GetName().Name });
        if (loggerFactory is not null)
        {
            builder.Logging.ClearProviders();
            builder.Services.Replace(ServiceDescriptor.Singleton(loggerFactory));
            // The host already announces its own start; the sandbox says where it listens through the caller.
            builder.Services.Configure<Microsoft.Extensions.Hosting.ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        }

        return Configure(builder, options);
    }

    /// <summary>The address the started sandbox listens on (with the real port when configured with port 0).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The sandbox is not listening yet.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    private static WebApplication Configure(WebApplicationBuilder builder, SandboxOptions options)
    {
        var url = new Uri(options.Url, UriKind.Absolute);
        var https = url.Scheme == Uri.UriSchemeHttps;
        if (https && string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            throw new InvalidOperationException("Sandbox: an https Url needs CertificatePath (PKCS#12).");
        }

        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = url.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(url.Host);
            kestrel.Listen(address, url.Port, listen =>
            {
                // Cleartext gRPC needs HTTP/2 with prior knowledge (h2c); over TLS, ALPN negotiates it.
                listen.Protocols = https ? HttpProtocols.Http1AndHttp2 : HttpProtocols.Http2;
                if (https)
                {
                    listen.UseHttps(new HttpsConnectionAdapterOptions
                    {
                        ServerCertificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword),
                        ClientCertificateMode = options.RequireClientCertificate ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.NoCertificate,
                        ClientCertificateValidation = (_, _, _) => true,
                    });
                }
            });
        });
        builder.Services.AddGrpc();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Identity);
        builder.Services.AddSingleton<SandboxStatistics>();
        builder.Services.AddSingleton<SandboxChaos>();
        builder.Services.AddSingleton<PopulationRegister>();
        builder.Services.AddSingleton<EnterpriseRegister>();
        builder.Services.AddSingleton<IdentityAnswers>();

        var app = builder.Build();
        app.MapGrpcService<IdentityVerificationService>();
        // Index the enterprise register before the first call, not during it.
        app.Services.GetRequiredService<EnterpriseRegister>();
        return app;
    }
}
