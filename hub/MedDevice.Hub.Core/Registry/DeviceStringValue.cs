namespace MedDevice.Hub.Core.Registry;

/// <summary>One string value of a search parameter; the store keeps it exact and folded (<c>SearchText.Fold</c>).</summary>
/// <param name="Param">The search parameter name, e.g. <c>device-name</c>.</param>
/// <param name="Value">The value as it appears in the resource.</param>
public sealed record DeviceStringValue(string Param, string Value);
