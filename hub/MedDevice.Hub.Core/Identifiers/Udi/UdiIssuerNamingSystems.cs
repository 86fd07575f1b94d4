namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>
/// The HL7 NamingSystem of each issuing agency, written as FHIR <c>Device.udiCarrier.issuer</c>; with the DI it makes the
/// registry's UDI-DI business key <c>{issuer}|{di}</c>.
/// </summary>
public static class UdiIssuerNamingSystems
{
    /// <summary>GS1 device identifiers (GTIN).</summary>
    public const string Gs1 = "http://hl7.org/fhir/NamingSystem/gs1-di";

    /// <summary>HIBCC device identifiers.</summary>
    public const string Hibcc = "http://hl7.org/fhir/NamingSystem/hibcc-dI";

    /// <summary>ICCBBA device identifiers other than blood bags.</summary>
    public const string Iccbba = "http://hl7.org/fhir/NamingSystem/iccbba-other-di";

    /// <summary>The naming system of an issuer.</summary>
    public static string For(UdiIssuer issuer) => issuer switch
    {
        UdiIssuer.Gs1 => Gs1,
        UdiIssuer.Hibcc => Hibcc,
        _ => Iccbba,
    };

    /// <summary>The UDI-DI business key of a parsed UDI, or null when it has no issuer or DI.</summary>
    public static string? KeyOf(UdiParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed is { Ok: true, Issuer: { } issuer, Di: { Length: > 0 } di } ? For(issuer) + "|" + di : null;
    }
}
