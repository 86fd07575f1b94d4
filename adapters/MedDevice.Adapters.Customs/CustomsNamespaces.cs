namespace MedDevice.Adapters.Customs;

/// <summary>XML namespaces of the customs exchange.</summary>
public static class CustomsNamespaces
{
    /// <summary>SOAP 1.1 envelope.</summary>
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>SOAP 1.2 envelope (answered with a VersionMismatch fault).</summary>
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    /// <summary>The NSW-style envelope (<c>schemas/customs/nsw-envelope.xsd</c>).</summary>
    public const string Nsw = "urn:meddevice:customs:nsw:v1";

    /// <summary>The declaration, result, receipt and fault documents (<c>schemas/customs/medical-device-import.xsd</c>).</summary>
    public const string Declaration = "urn:meddevice:customs:declaration:v1";

    /// <summary>XML digital signatures.</summary>
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";
}
