using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>The partners every FHIR test host knows, with their API keys.</summary>
public static class FhirPartners
{
    /// <summary>The MOH registry (role <c>registry</c>): everything on Device, read Provenance.</summary>
    public const string RegistryKey = "key-fhir-registry";

    /// <summary>An operator (role <c>admin</c>): read, search and history only.</summary>
    public const string AdminKey = "key-fhir-admin";

    /// <summary>A customs partner (role <c>customs</c>) with no FHIR grant at all.</summary>
    public const string CustomsKey = "key-fhir-customs";

    /// <summary>A partner granted <c>Device:read</c> only.</summary>
    public const string ReaderKey = "key-fhir-reader";

    /// <summary>A partner allowed one request per second (rate-limit answers).</summary>
    public const string ThrottledKey = "key-fhir-throttled";

    /// <summary>Adds the partners to the host's configuration.</summary>
    public static HubFactory Configure(HubFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory
            .With("Hub:Partners:0:Id", "fhir-registry").With("Hub:Partners:0:ApiKey", RegistryKey).With("Hub:Partners:0:Roles:0", "registry")
            .With("Hub:Partners:1:Id", "fhir-admin").With("Hub:Partners:1:ApiKey", AdminKey).With("Hub:Partners:1:Roles:0", "admin")
            .With("Hub:Partners:2:Id", "fhir-customs").With("Hub:Partners:2:ApiKey", CustomsKey).With("Hub:Partners:2:Roles:0", "customs")
            .With("Hub:Partners:3:Id", "fhir-reader").With("Hub:Partners:3:ApiKey", ReaderKey).With("Hub:Partners:3:FhirInteractions:0", "Device:read")
            .With("Hub:Partners:4:Id", "fhir-throttled").With("Hub:Partners:4:ApiKey", ThrottledKey).With("Hub:Partners:4:Roles:0", "registry")
            .With("Hub:Partners:4:RateLimitPerSecond", "1");
    }
}
