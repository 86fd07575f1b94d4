namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>How the parser uses a data structure's content.</summary>
internal enum IsbtContentKind
{
    /// <summary>Kept as an element only.</summary>
    Opaque,
    Din,
    DeviceIdentifier,
    FallbackDeviceIdentifier,
    Serial,
    Lot,
    FallbackLot,
    ExpiryDate,
    ExpiryDateTime,
    ProductionDate,
    ProductionDateTime,
    OtherDate,
    OtherDateTime,
    YearMonth,
    CompoundHeader,
}
