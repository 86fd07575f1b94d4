namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>A coded problem found while parsing, with the zero-based character position in the input.</summary>
/// <param name="Code">Stable code such as <c>UDI-GS1-007</c>.</param>
/// <param name="Message">Human-readable explanation (never contains personal data).</param>
/// <param name="Position">Zero-based offset into the input text where the problem starts.</param>
public sealed record UdiIssue(string Code, string Message, int Position);
