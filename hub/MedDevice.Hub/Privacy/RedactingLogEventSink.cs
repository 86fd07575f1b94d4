using System.Globalization;
using MedDevice.Hub.Core.Privacy;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace MedDevice.Hub.Privacy;

/// <summary>
/// The second line of defence behind "never log personal data": every event passes through
/// <see cref="PersonalDataRedactor"/> before any sink sees it — message template text, every property value
/// (strings, numbers rendered invariantly, nested sequences, structures and dictionaries; <see cref="DateOnly"/>
/// values are dates of people and always replaced) and the exception text. Events with nothing to redact are
/// forwarded unchanged.
/// </summary>
public sealed class RedactingLogEventSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser TemplateParser = new();

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        inner.Emit(Redact(logEvent));
    }

    /// <summary>The event with personal values redacted; the same instance when there was nothing to redact.</summary>
    public static LogEvent Redact(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var changed = false;
        var template = logEvent.MessageTemplate;
        var text = PersonalDataRedactor.Redact(template.Text);
        if (!ReferenceEquals(text, template.Text))
        {
            template = TemplateParser.Parse(text);
            changed = true;
        }

        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = RedactValue(value);
            changed |= !ReferenceEquals(redacted, value);
            properties.Add(new LogEventProperty(name, redacted));
        }

        var exception = logEvent.Exception;
        if (exception is not null && PersonalDataRedactor.ContainsPersonalData(exception.ToString()))
        {
            exception = new RedactedException(exception);
            changed = true;
        }

        return changed
            ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default)
            : logEvent;
    }

    /// <inheritdoc />
    public void Dispose() => (inner as IDisposable)?.Dispose();

    private static LogEventPropertyValue RedactValue(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => RedactScalar(scalar),
        SequenceValue sequence => RedactAll(sequence.Elements, out var elements) ? new SequenceValue(elements) : value,
        StructureValue structure => RedactProperties(structure) is { } props ? new StructureValue(props, structure.TypeTag) : value,
        DictionaryValue dictionary => RedactDictionary(dictionary),
        _ => value,
    };

    private static ScalarValue RedactScalar(ScalarValue scalar)
    {
        switch (scalar.Value)
        {
            case DateOnly:
                return new ScalarValue(PersonalDataRedactor.DateToken);
            case string s:
                var redacted = PersonalDataRedactor.Redact(s);
                return ReferenceEquals(redacted, s) ? scalar : new ScalarValue(redacted);
            case DateTime or DateTimeOffset or TimeSpan:
                return scalar; // timestamps and durations, not dates of people
            case IFormattable formattable:
                var rendered = formattable.ToString(null, CultureInfo.InvariantCulture);
                var clean = PersonalDataRedactor.Redact(rendered);
                return ReferenceEquals(clean, rendered) ? scalar : new ScalarValue(clean);
            default:
                return scalar;
        }
    }

    private static bool RedactAll(IReadOnlyList<LogEventPropertyValue> values, out List<LogEventPropertyValue> redacted)
    {
        var changed = false;
        redacted = new List<LogEventPropertyValue>(values.Count);
        foreach (var value in values)
        {
            var clean = RedactValue(value);
            changed |= !ReferenceEquals(clean, value);
            redacted.Add(clean);
        }

        return changed;
    }

    private static List<LogEventProperty>? RedactProperties(StructureValue structure)
    {
        var changed = false;
        var properties = new List<LogEventProperty>(structure.Properties.Count);
        foreach (var property in structure.Properties)
        {
            var clean = RedactValue(property.Value);
            changed |= !ReferenceEquals(clean, property.Value);
            properties.Add(new LogEventProperty(property.Name, clean));
        }

        return changed ? properties : null;
    }

    private static DictionaryValue RedactDictionary(DictionaryValue dictionary)
    {
        var changed = false;
        var elements = new List<KeyValuePair<ScalarValue, LogEventPropertyValue>>(dictionary.Elements.Count);
        foreach (var (key, value) in dictionary.Elements)
        {
            var cleanKey = RedactScalar(key);
            var cleanValue = RedactValue(value);
            changed |= !ReferenceEquals(cleanKey, key) || !ReferenceEquals(cleanValue, value);
            elements.Add(new(cleanKey, cleanValue));
        }

        return changed ? new DictionaryValue(elements) : dictionary;
    }
}
