using System.Collections.Concurrent;
using System.Globalization;
using MedDevice.Hub.Composition;
using MedDevice.Hub.Tests.Infrastructure;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace MedDevice.Hub.Tests.Privacy;

/// <summary>
/// An in-memory Serilog sink reachable from configuration (<c>Serilog:Using</c> = this assembly,
/// <c>Serilog:WriteTo:N:Name</c> = <c>CapturedLogs</c>, <c>Args:channel</c> = a per-test id), so the hub adds it
/// exactly like an operator's sink. Each event is kept fully rendered: template text, message, every property
/// and the exception.
/// </summary>
public static class CapturedLogSink
{
    private const string OverridePrefix = "Serilog:MinimumLevel:Override:";

    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Channels = new(StringComparer.Ordinal);

    /// <summary>The rendered events of one channel so far.</summary>
    public static IReadOnlyList<string> Read(string channel) => Channels.GetOrAdd(channel, _ => new()).ToArray();

    /// <summary>
    /// Adds the sink to the hub on <paramref name="channel"/> and opens every level: the default and each category the
    /// hub's defaults quieten (framework categories at Warning), so nothing logged escapes the test.
    /// </summary>
    public static HubFactory CapturingEveryLog(this HubFactory factory, string channel)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.With("Serilog:MinimumLevel:Default", "Verbose");
        foreach (var (key, _) in HubConfigurationDefaults.Load().Where(pair => pair.Key.StartsWith(OverridePrefix, StringComparison.OrdinalIgnoreCase)))
        {
            factory.With(key, "Verbose");
        }

        return factory
            .With("Serilog:Using:0", typeof(CapturedLogSink).Assembly.GetName().Name)
            .With("Serilog:WriteTo:0:Name", nameof(CapturedLogs))
            .With("Serilog:WriteTo:0:Args:channel", channel);
    }

    /// <summary>The configuration-bound sink method.</summary>
    public static LoggerConfiguration CapturedLogs(this LoggerSinkConfiguration sinks, string channel)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        return sinks.Sink(new Sink(Channels.GetOrAdd(channel, _ => new())));
    }

    private sealed class Sink(ConcurrentQueue<string> events) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _formatter =
            new("{Level} {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}", CultureInfo.InvariantCulture);

        public void Emit(LogEvent logEvent)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            writer.Write(logEvent.MessageTemplate.Text);
            writer.Write(" | ");
            _formatter.Format(logEvent, writer);
            events.Enqueue(writer.ToString());
        }
    }
}
