using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>One registered device of the customs sandbox (fictitious): what the registry, the price list and the recall list hold.</summary>
/// <param name="Index">The generator index (stable).</param>
/// <param name="Gtin">A GTIN-14 with a valid check digit (GS1 prefix 893, Viet Nam).</param>
/// <param name="RegistrationNumber">A registration number in the current class C/D form, canonical.</param>
/// <param name="Name">A Vietnamese device name.</param>
/// <param name="RiskClass">A, B, C or D.</param>
/// <param name="Holder">The registration holder.</param>
/// <param name="ReferencePriceVnd">The reference unit price in VND.</param>
/// <param name="RecalledLot">A lot under recall (every 7th device), or null.</param>
public sealed record CustomsRegistryEntry(
    int Index,
    string Gtin,
    string RegistrationNumber,
    string Name,
    string RiskClass,
    SyntheticOrganization Holder,
    long ReferencePriceVnd,
    string? RecalledLot);
