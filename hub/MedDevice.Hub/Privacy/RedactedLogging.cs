using Serilog;
using Serilog.Configuration;

namespace MedDevice.Hub.Privacy;

/// <summary>
/// Builds the hub's Serilog pipeline so that no sink can bypass <see cref="RedactingLogEventSink"/>: the outer
/// logger reads levels, overrides and enrichers from the <c>Serilog</c> section and has one sink, the redactor;
/// behind it an inner logger holds every sink — those of <c>Serilog:WriteTo</c> and the hub's own.
/// </summary>
public static class RedactedLogging
{
    private const string Section = "Serilog";

    /// <summary>Creates the logger.</summary>
    /// <param name="configuration">The host configuration.</param>
    /// <param name="hubSinks">The sinks the hub always writes to (the console).</param>
    public static Serilog.Core.Logger CreateLogger(IConfiguration configuration, Action<LoggerSinkConfiguration> hubSinks)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(hubSinks);
        var sinkConfiguration = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .ReadFrom.Configuration(Subset(configuration, sinksOnly: true));
        hubSinks(sinkConfiguration.WriteTo);
        var sinks = sinkConfiguration.CreateLogger();

        return new LoggerConfiguration()
            .ReadFrom.Configuration(Subset(configuration, sinksOnly: false))
            .Enrich.FromLogContext()
            .WriteTo.Sink(new RedactingLogEventSink(sinks))
            .CreateLogger();
    }

    /// <summary>The <c>Serilog</c> section split in two: sinks (<c>Using</c>, <c>WriteTo</c>) and everything else.</summary>
    private static IConfiguration Subset(IConfiguration configuration, bool sinksOnly)
    {
        var pairs = configuration.GetSection(Section).AsEnumerable()
            .Where(pair => !string.IsNullOrEmpty(pair.Value) && (IsSinkKey(pair.Key) == sinksOnly || IsUsingKey(pair.Key)));
        return new ConfigurationBuilder().AddInMemoryCollection(pairs).Build();
    }

    private static bool IsSinkKey(string key) => IsUnder(key, Section + ":WriteTo") || IsUsingKey(key);

    private static bool IsUsingKey(string key) => IsUnder(key, Section + ":Using");

    private static bool IsUnder(string key, string prefix) =>
        key.Equals(prefix, StringComparison.OrdinalIgnoreCase) || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase);
}
