using MedDevice.Mappings.Common;
using Microsoft.Extensions.Options;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// <c>GET /fhir/metadata</c>: the CapabilityStatement of <c>schemas/fhir</c> (embedded at build), with the canonical
/// base rewritten when <c>Hub:Fhir:CanonicalBase</c> differs. Open to anyone, as FHIR clients expect.
/// </summary>
public static class CapabilityEndpoint
{
    private const string ResourceName = "fhir/CapabilityStatement-meddevice-hub.json";
    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(CapabilityEndpoint).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The statement as served for a canonical base.</summary>
    public static byte[] For(string canonicalBase)
    {
        ArgumentNullException.ThrowIfNull(canonicalBase);
        var text = string.Equals(canonicalBase.TrimEnd('/'), HubFhirUrls.CanonicalBase, StringComparison.Ordinal)
            ? Template.Value
            : Template.Value.Replace(HubFhirUrls.CanonicalBase, canonicalBase.TrimEnd('/'), StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Serves the statement.</summary>
    public static IResult GetAsync(IOptions<FhirOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FhirResponse(200, For(options.Value.CanonicalBase));
    }
}
