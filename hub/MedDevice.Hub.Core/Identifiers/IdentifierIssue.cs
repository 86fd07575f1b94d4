namespace MedDevice.Hub.Core.Identifiers;

/// <summary>A coded problem found in a Vietnamese identifier (registration number, tax code, personal ID).</summary>
/// <param name="Code">Stable code such as <c>REG-002</c>, <c>MST-003</c> or <c>CCCD-003</c>.</param>
/// <param name="Message">Human-readable explanation; never contains the identifier itself (it may be personal data).</param>
/// <param name="Position">Zero-based offset into the normalised value where the problem starts (0 when it concerns the whole value).</param>
public sealed record IdentifierIssue(string Code, string Message, int Position = 0);
