namespace MedDevice.Hub.Core.Customs;

/// <summary>Stable codes of the findings on a declaration line (the reply's <c>Reason/Code</c>).</summary>
public static class CustomsReasonCodes
{
    /// <summary>RED: a UDI does not parse (the parser's code is in the detail).</summary>
    public const string UdiInvalid = "CUS-LINE-001";

    /// <summary>RED: unregistered goods: neither the UDI-DI nor the registration number is in the registry.</summary>
    public const string Unregistered = "CUS-LINE-002";

    /// <summary>YELLOW: the UDI-DI is not recorded in the registry, but the registration number is in force.</summary>
    public const string DiNotRecorded = "CUS-LINE-003";

    /// <summary>RED: the registry entry was revoked.</summary>
    public const string Revoked = "CUS-LINE-004";

    /// <summary>RED: the registry entry is not active (suspended, inactive).</summary>
    public const string NotActive = "CUS-LINE-005";

    /// <summary>RED: the registration number is not in a known form (the parser's code is in the detail).</summary>
    public const string RegistrationInvalid = "CUS-LINE-006";

    /// <summary>RED: the registration number belongs to another device than the UDI-DI.</summary>
    public const string RegistrationMismatch = "CUS-LINE-007";

    /// <summary>RED: the device or lot is under recall.</summary>
    public const string Recalled = "CUS-LINE-008";

    /// <summary>RED: the UDI-DI is registered, but the registration number is in no registry entry.</summary>
    public const string RegistrationUnknown = "CUS-LINE-009";

    /// <summary>RED: the importer's tax code is invalid (the parser's code is in the detail).</summary>
    public const string ImporterTaxCodeInvalid = "CUS-LINE-010";

    /// <summary>RED: the importer is suspended.</summary>
    public const string ImporterSuspended = "CUS-LINE-011";

    /// <summary>RED: the importer is closed.</summary>
    public const string ImporterClosed = "CUS-LINE-012";

    /// <summary>RED: the importer is not in the enterprise register.</summary>
    public const string ImporterNotFound = "CUS-LINE-013";

    /// <summary>PENDING: the importer's status could not be verified now.</summary>
    public const string ImporterPending = "CUS-LINE-014";

    /// <summary>YELLOW: the declared unit price is outside the band around the reference price.</summary>
    public const string PriceOutsideBand = "CUS-LINE-015";

    /// <summary>YELLOW: a reference price exists, but the declared currency has no configured exchange rate.</summary>
    public const string PriceNotComparable = "CUS-LINE-016";
}
