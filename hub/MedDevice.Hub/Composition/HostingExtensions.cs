using MedDevice.Hub.Privacy;
using Serilog;

namespace MedDevice.Hub.Composition;

/// <summary>Logging and web-host defaults for the hub.</summary>
public static class HostingExtensions
{
    /// <summary>The address the hub listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// The hub's builder: its environment follows the profile (<see cref="HubEnvironment"/>) and its embedded
    /// appsettings.json lies beneath every other configuration source (<see cref="HubConfigurationDefaults"/>).
    /// </summary>
    public static WebApplicationBuilder CreateHubBuilder(string[] args)
    {
        var defaults = HubConfigurationDefaults.Load();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = HubEnvironment.Resolve(args, defaults) });
        HubConfigurationDefaults.AddBeneath(builder.Configuration, defaults);
        return builder;
    }

    /// <summary>Structured logs through Serilog, configured from the <c>Serilog</c> section, personal data redacted.</summary>
    public static WebApplicationBuilder AddHubLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Every sink sits behind the personal-data redactor (Privacy/RedactedLogging).
        var logger = RedactedLogging.CreateLogger(builder.Configuration, sinks => sinks
            .Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, outputTemplate: "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>Loopback on port 5080 unless configured, and the injected clock.</summary>
    public static WebApplicationBuilder AddHubDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
