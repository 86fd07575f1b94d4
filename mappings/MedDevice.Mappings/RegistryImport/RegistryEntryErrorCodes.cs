namespace MedDevice.Mappings.RegistryImport;

/// <summary>
/// Codes for problems with one registry entry of a bulk import. Problems an identifier parser finds keep that
/// parser's code (<c>REG-…</c>, <c>MST-…</c>, <c>UDI-…</c>); unreadable NDJSON lines use the feed codes <c>FEED-REG-…</c>.
/// </summary>
public static class RegistryEntryErrorCodes
{
    /// <summary>The CSV row cannot be read: wrong number of fields or an unterminated quote.</summary>
    public const string MalformedRow = "IMP-001";

    /// <summary>A required value (column or Device element) is missing.</summary>
    public const string MissingValue = "IMP-002";

    /// <summary>The Device has a lot, serial or registry-entry link: it is an instance, not a registry entry.</summary>
    public const string InstanceLevel = "IMP-003";

    /// <summary>The UDI issuer is missing or not one the hub validates (GS1, HIBCC).</summary>
    public const string UnknownUdiIssuer = "IMP-004";

    /// <summary>The risk class is missing or not A, B, C or D.</summary>
    public const string InvalidRiskClass = "IMP-005";

    /// <summary>The registration-number form does not fit the risk class (PCBA → A, PCBB → B, ĐKLH → C or D).</summary>
    public const string RiskClassMismatch = "IMP-006";

    /// <summary>The UDI-DI and the registration number belong to two different registered devices.</summary>
    public const string KeyConflict = "IMP-007";

    /// <summary>The device is revoked in the registry; its keys stay reserved and the row was not applied.</summary>
    public const string Revoked = "IMP-008";

    /// <summary>The status is not a FHIR Device status (active, inactive, entered-in-error, unknown).</summary>
    public const string InvalidStatus = "IMP-009";

    /// <summary>The header of a CSV file lacks a required column or names one twice.</summary>
    public const string BadHeader = "IMP-010";
}
