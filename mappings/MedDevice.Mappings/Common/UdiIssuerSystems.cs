namespace MedDevice.Mappings.Common;

/// <summary>The HL7 NamingSystems written in <c>Device.udiCarrier.issuer</c> for each UDI issuing agency.</summary>
public static class UdiIssuerSystems
{
    /// <summary>GS1 (GTIN).</summary>
    public const string Gs1 = "http://hl7.org/fhir/NamingSystem/gs1-di";

    /// <summary>HIBCC (HIBC LIC: labeler + product + unit of measure).</summary>
    public const string Hibcc = "http://hl7.org/fhir/NamingSystem/hibcc-dI";

    /// <summary>ICCBBA, other than blood bags (ISBT 128 product code).</summary>
    public const string Iccbba = "http://hl7.org/fhir/NamingSystem/iccbba-other-di";

    /// <summary>The jurisdiction of a DI recorded in the Vietnamese registry.</summary>
    public const string VietnamJurisdiction = "https://fhir.meddevice.gov.vn";
}
