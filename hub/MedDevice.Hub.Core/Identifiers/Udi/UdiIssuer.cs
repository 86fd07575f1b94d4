namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>The UDI issuing agency recognised from the scanned text.</summary>
public enum UdiIssuer
{
    /// <summary>GS1 (GTIN with application identifiers).</summary>
    Gs1,

    /// <summary>Health Industry Business Communications Council (HIBC LIC).</summary>
    Hibcc,

    /// <summary>ICCBBA (ISBT 128).</summary>
    Iccbba,
}
