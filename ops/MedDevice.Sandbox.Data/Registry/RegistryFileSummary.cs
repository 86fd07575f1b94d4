namespace MedDevice.Sandbox.Data.Registry;

/// <summary>What a generated registry file holds.</summary>
/// <param name="Rows">Data rows written (the CSV header not counted).</param>
/// <param name="BadLines">The 1-based physical line numbers of the injected bad rows, ascending.</param>
public sealed record RegistryFileSummary(int Rows, IReadOnlyList<long> BadLines);
