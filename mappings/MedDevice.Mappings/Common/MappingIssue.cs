namespace MedDevice.Mappings.Common;

/// <summary>A coded problem with a partner record (e.g. <c>FEED-REG-001</c>); never contains personal data.</summary>
public sealed record MappingIssue(string Code, string Message);
