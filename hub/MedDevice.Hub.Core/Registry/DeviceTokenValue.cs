namespace MedDevice.Hub.Core.Registry;

/// <summary>One token value of a search parameter: <c>system|code</c> (the system may be absent).</summary>
/// <param name="Param">The search parameter name, e.g. <c>identifier</c>.</param>
/// <param name="System">The code system or identifier namespace URI, if any.</param>
/// <param name="Code">The code or identifier value.</param>
public sealed record DeviceTokenValue(string Param, string? System, string Code);
