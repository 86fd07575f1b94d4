namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>
/// ISBT 128 data identifiers used as <see cref="UdiElement.Id"/>. The DIN's identifier is <c>=</c> alone: its second
/// character is the first character of the data (ST-001 data structure 001), so the element value holds all 15
/// characters (13-character DIN and 2 flag characters).
/// </summary>
public static class IsbtDataIdentifiers
{
    /// <summary>Donation Identification Number (001): 13 characters and 2 flag characters.</summary>
    public const string Din = "=";

    /// <summary>Expiration date cyyjjj (004).</summary>
    public const string ExpirationDate = "=>";

    /// <summary>Expiration date and time cyyjjjhhmm (005).</summary>
    public const string ExpirationDateTime = "&>";

    /// <summary>Production date cyyjjj (008), used as manufacture date.</summary>
    public const string ProductionDate = "=}";

    /// <summary>Production date and time cyyjjjhhmm (009).</summary>
    public const string ProductionDateTime = "&}";

    /// <summary>Container manufacturer and catalog number (017), the DI of blood bags.</summary>
    public const string ContainerCatalog = "=)";

    /// <summary>Container lot number (018).</summary>
    public const string ContainerLot = "&)";

    /// <summary>Manufacturer and catalog number, items other than containers (021).</summary>
    public const string ItemCatalog = "=-";

    /// <summary>Lot number, items other than containers (022).</summary>
    public const string ItemLot = "&-";

    /// <summary>Compound message header aabbb (023).</summary>
    public const string CompoundMessage = "=+";

    /// <summary>Product divisions (032), the serial number of MPHO devices.</summary>
    public const string ProductDivisions = "=,";

    /// <summary>Processor Product Identification Code (034), the UDI-DI of MPHO devices.</summary>
    public const string ProcessorProductCode = "=/";

    /// <summary>MPHO lot number (035).</summary>
    public const string MphoLot = "&,1";
}
