namespace MedDevice.Hub.Core.Xml;

/// <summary>Why an XML payload was refused, with the 1-based line and column where the reader stopped (0 when unknown).</summary>
public sealed record SafeXmlIssue(string Code, string Message, int Line, int Column);
