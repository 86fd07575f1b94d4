namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>Issuer-independent UDI error codes. Issuer parsers define their own (<c>UDI-GS1-…</c>, <c>UDI-HIBC-…</c>, <c>UDI-ISBT-…</c>).</summary>
public static class UdiErrorCodes
{
    /// <summary>Nothing to parse.</summary>
    public const string Empty = "UDI-000";

    /// <summary>The issuing agency could not be recognised.</summary>
    public const string UnknownIssuer = "UDI-001";
}
