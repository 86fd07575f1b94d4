namespace MedDevice.Hub.Core.Xml;

/// <summary>
/// Thrown by a reader from <see cref="SafeXml.CreateReader(Stream, SafeXmlLimits?)"/> when a payload breaks a rule,
/// so serializers reading through it stop at once; <see cref="Issue"/> carries the coded reason.
/// </summary>
public sealed class SafeXmlException : Exception
{
    /// <summary>Creates the exception for an issue.</summary>
    public SafeXmlException(SafeXmlIssue issue, Exception? inner = null)
        : base(issue?.Message, inner)
    {
        Issue = issue ?? throw new ArgumentNullException(nameof(issue));
    }

    /// <summary>Creates an exception with a malformed-document issue.</summary>
    public SafeXmlException()
        : this(new SafeXmlIssue(SafeXmlErrorCodes.Malformed, "Malformed XML.", 0, 0))
    {
    }

    /// <summary>Creates an exception with a malformed-document issue and a message.</summary>
    public SafeXmlException(string message)
        : this(new SafeXmlIssue(SafeXmlErrorCodes.Malformed, message, 0, 0))
    {
    }

    /// <summary>Creates an exception with a malformed-document issue, a message and the cause.</summary>
    public SafeXmlException(string message, Exception inner)
        : this(new SafeXmlIssue(SafeXmlErrorCodes.Malformed, message, 0, 0), inner)
    {
    }

    /// <summary>The coded reason.</summary>
    public SafeXmlIssue Issue { get; }
}
