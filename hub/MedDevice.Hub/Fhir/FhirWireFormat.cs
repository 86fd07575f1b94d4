namespace MedDevice.Hub.Fhir;

/// <summary>The serialisation a FHIR exchange uses on the wire.</summary>
public enum FhirWireFormat
{
    /// <summary><c>application/fhir+json</c> (the default).</summary>
    Json,

    /// <summary><c>application/fhir+xml</c>.</summary>
    Xml,
}
