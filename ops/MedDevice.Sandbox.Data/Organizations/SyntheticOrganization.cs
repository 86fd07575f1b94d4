namespace MedDevice.Sandbox.Data.Organizations;

/// <summary>One synthetic enterprise of the sandbox (fictitious; any likeness to a real company is accidental).</summary>
/// <param name="Index">The generator index that produced it (stable).</param>
/// <param name="TaxCode">A valid 10-digit tax code (mã số thuế) with its check digit.</param>
/// <param name="Name">A Vietnamese company name with diacritics.</param>
/// <param name="Status">Active for most; every 17th suspended and every 29th closed.</param>
/// <param name="LegalRepresentative">The legal representative's full name (synthetic).</param>
public sealed record SyntheticOrganization(int Index, string TaxCode, string Name, SyntheticOrganizationStatus Status, string LegalRepresentative);
