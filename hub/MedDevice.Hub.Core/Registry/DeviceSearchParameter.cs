namespace MedDevice.Hub.Core.Registry;

/// <summary>One Device search parameter of the registry.</summary>
/// <param name="Name">The parameter name as used in URLs, e.g. <c>device-name</c>.</param>
/// <param name="Type">Its type.</param>
/// <param name="Definition">The canonical URL of its SearchParameter definition.</param>
public sealed record DeviceSearchParameter(string Name, SearchParamType Type, string Definition);
