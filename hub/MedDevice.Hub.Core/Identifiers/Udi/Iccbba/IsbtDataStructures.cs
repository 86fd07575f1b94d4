namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>
/// The fixed-length ISBT 128 data structures this parser recognises (ICCBBA ST-001 Table 2). Variable-length
/// structures (025, 029, 030), the SEC (038) and non-ICCBBA structures (<c>&amp;a</c>–<c>&amp;z</c>) are not
/// recognised, because their end cannot be found safely in concatenated data.
/// </summary>
internal static class IsbtDataStructures
{
    private static readonly IsbtDataStructure DinStructure = new(IsbtDataIdentifiers.Din, 1, 15, IsbtContentKind.Din);

    private static readonly IsbtDataStructure[] Table =
    [
        new("=%", 2, 4, IsbtContentKind.Opaque, AllowsLowercase: true),
        new("=<", 3, 8, IsbtContentKind.Opaque, AllowsLowercase: true),
        new(IsbtDataIdentifiers.ExpirationDate, 4, 6, IsbtContentKind.ExpiryDate),
        new(IsbtDataIdentifiers.ExpirationDateTime, 5, 10, IsbtContentKind.ExpiryDateTime),
        new("=*", 6, 6, IsbtContentKind.OtherDate),
        new("&*", 7, 10, IsbtContentKind.OtherDateTime),
        new(IsbtDataIdentifiers.ProductionDate, 8, 6, IsbtContentKind.ProductionDate),
        new(IsbtDataIdentifiers.ProductionDateTime, 9, 10, IsbtContentKind.ProductionDateTime),
        new("&(", 10, 5, IsbtContentKind.Opaque),
        new("={", 11, 18, IsbtContentKind.Opaque),
        new("=\\", 12, 18, IsbtContentKind.Opaque),
        new("&\\", 13, 18, IsbtContentKind.Opaque),
        new("&{", 14, 18, IsbtContentKind.Opaque),
        new("=[", 15, 18, IsbtContentKind.Opaque),
        new("=\"", 16, 18, IsbtContentKind.Opaque),
        new(IsbtDataIdentifiers.ContainerCatalog, 17, 10, IsbtContentKind.FallbackDeviceIdentifier),
        new(IsbtDataIdentifiers.ContainerLot, 18, 10, IsbtContentKind.FallbackLot),
        new("=;", 19, 21, IsbtContentKind.Opaque),
        new("='", 20, 11, IsbtContentKind.Opaque),
        new(IsbtDataIdentifiers.ItemCatalog, 21, 10, IsbtContentKind.FallbackDeviceIdentifier),
        new(IsbtDataIdentifiers.ItemLot, 22, 10, IsbtContentKind.FallbackLot),
        new(IsbtDataIdentifiers.CompoundMessage, 23, 5, IsbtContentKind.CompoundHeader),
        new("=#", 24, 10, IsbtContentKind.Opaque),
        new("=]", 26, 6, IsbtContentKind.YearMonth),
        new("&\"", 27, 18, IsbtContentKind.Opaque),
        new("=$", 28, 16, IsbtContentKind.Opaque),
        new("=(", 31, 16, IsbtContentKind.Opaque),
        new(IsbtDataIdentifiers.ProductDivisions, 32, 6, IsbtContentKind.Serial),
        new("&+", 33, 11, IsbtContentKind.Opaque),
        new(IsbtDataIdentifiers.ProcessorProductCode, 34, 16, IsbtContentKind.DeviceIdentifier),
        new(IsbtDataIdentifiers.MphoLot, 35, 18, IsbtContentKind.Lot),
        new("&,2", 36, 18, IsbtContentKind.Opaque),
        new("&,3", 37, 19, IsbtContentKind.Opaque),
        new("&:", 39, 19, IsbtContentKind.Opaque),
        new("&/", 40, 15, IsbtContentKind.Opaque),
    ];

    /// <summary>
    /// Identifies the data structure at <paramref name="position"/>; <paramref name="contentStart"/> is where its
    /// content begins (for the DIN, the character after '=').
    /// </summary>
    public static IsbtDataStructure? Identify(ReadOnlySpan<char> text, int position, out int contentStart)
    {
        contentStart = position;
        var rest = text[position..];
        if (rest.Length >= 2 && rest[0] == '=' && IsDinLead(rest[1]))
        {
            contentStart = position + 1;
            return DinStructure;
        }

        foreach (var structure in Table)
        {
            if (rest.StartsWith(structure.Id, StringComparison.Ordinal))
            {
                contentStart = position + structure.Id.Length;
                return structure;
            }
        }

        return null;
    }

    /// <summary>First DIN character: A–N, P–Z or 1–9 (never O or 0).</summary>
    private static bool IsDinLead(char c) => c is (>= 'A' and <= 'N') or (>= 'P' and <= 'Z') or (>= '1' and <= '9');
}
