namespace MedDevice.Sandbox.Data.Registry;

/// <summary>A kind of device in the sandbox catalogue: its Vietnamese name, risk class and how often it occurs.</summary>
/// <param name="Name">The Vietnamese category name that starts every device name of the category.</param>
/// <param name="Code">The sandbox device-type code.</param>
/// <param name="RiskClass">A, B, C or D.</param>
/// <param name="ModelPrefix">Letters that start its model numbers.</param>
/// <param name="Weight">Relative frequency in the registry.</param>
/// <param name="Qualifiers">Variants that follow the category name.</param>
internal sealed record SyntheticDeviceCategory(string Name, string Code, char RiskClass, string ModelPrefix, int Weight, string[] Qualifiers);
