namespace MedDevice.Hub.Fhir;

/// <summary>FHIR API settings (<c>Hub:Fhir</c>).</summary>
public sealed class FhirOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Fhir";

    /// <summary>The canonical base of the hub's conformance resources (profiles, naming systems, search parameters).</summary>
    public string CanonicalBase { get; set; } = "https://fhir.meddevice.gov.vn";

    /// <summary>The public base URL of the API used in links and Location (default: from the request, plus <c>/fhir</c>).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Page size when <c>_count</c> is absent.</summary>
    public int DefaultCount { get; set; } = 20;

    /// <summary>The largest page size served (<c>_count</c> above it is lowered to it).</summary>
    public int MaxCount { get; set; } = 500;
}
