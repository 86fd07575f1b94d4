namespace MedDevice.Sandbox.Data.Registry;

/// <summary>A fictitious manufacturer of the sandbox registry (any likeness to a real company is accidental).</summary>
/// <param name="Name">The manufacturer as registered (hãng sản xuất).</param>
/// <param name="Brand">The brand printed in device names.</param>
/// <param name="Country">The country of manufacture (nước sản xuất), in Vietnamese.</param>
/// <param name="Gs1Prefix">A three-digit GS1 prefix of that country, used for its GTINs.</param>
/// <param name="HibccLabeler">Its HIBC labeler identification code, when it labels with HIBCC too.</param>
internal sealed record SyntheticManufacturer(string Name, string Brand, string Country, string Gs1Prefix, string? HibccLabeler)
{
    /// <summary>True for a domestic manufacturer (fewer of its devices carry a UDI).</summary>
    public bool Domestic => Gs1Prefix == "893";
}
