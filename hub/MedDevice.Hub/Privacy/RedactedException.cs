using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Privacy;

/// <summary>
/// Stands in for a logged exception whose text carries personal data: the same type name, message and stack
/// trace as the original (sinks render <see cref="ToString"/>), with personal values redacted.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    /// <summary>Wraps <paramref name="original"/>.</summary>
    public RedactedException(Exception original)
        : base(PersonalDataRedactor.Redact((original ?? throw new ArgumentNullException(nameof(original))).Message))
    {
        _text = PersonalDataRedactor.Redact(original.ToString());
        HResult = original.HResult;
    }

    /// <summary>Not for use: a redacted exception always wraps an original.</summary>
    public RedactedException()
        : this(new InvalidOperationException())
    {
    }

    /// <summary>Not for use: a redacted exception always wraps an original.</summary>
    public RedactedException(string message)
        : this(new InvalidOperationException(message))
    {
    }

    /// <summary>Not for use: a redacted exception always wraps an original.</summary>
    public RedactedException(string message, Exception innerException)
        : this(new InvalidOperationException(message, innerException))
    {
    }

    /// <inheritdoc />
    public override string? StackTrace => null;

    /// <inheritdoc />
    public override string ToString() => _text;
}
