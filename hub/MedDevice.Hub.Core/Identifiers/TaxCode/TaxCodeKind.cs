namespace MedDevice.Hub.Core.Identifiers.TaxCode;

/// <summary>The shape of a tax code.</summary>
public enum TaxCodeKind
{
    /// <summary>10 digits: an organisation (or an individual registered before 2025).</summary>
    Organisation,

    /// <summary><c>XXXXXXXXXX-NNN</c>: a dependent unit (branch) of the organisation with the 10-digit code.</summary>
    Branch,

    /// <summary>12 digits: an individual's personal identification number used as tax code (since 1 July 2025).</summary>
    Personal,
}
