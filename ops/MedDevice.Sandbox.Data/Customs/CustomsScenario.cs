namespace MedDevice.Sandbox.Data.Customs;

/// <summary>What a generated declaration exercises.</summary>
public enum CustomsScenario
{
    /// <summary>Registered devices, unrecalled lots, prices within ±10 % of the reference, an active importer.</summary>
    Valid = 0,

    /// <summary>Line 1 declares a device that is not in the registry (unknown GTIN and registration number).</summary>
    Unregistered = 1,

    /// <summary>Line 1 declares a lot under recall.</summary>
    Recalled = 2,

    /// <summary>Line 1 declares a unit price at 40 % of the reference price.</summary>
    PriceAnomalous = 3,

    /// <summary>A valid declaration that the sender then breaks (see <see cref="CustomsMalformation"/>).</summary>
    Malformed = 4,
}
