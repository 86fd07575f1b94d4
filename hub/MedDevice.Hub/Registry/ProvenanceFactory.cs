using Hl7.Fhir.Model;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Registry;

/// <summary>Builds the FHIR Provenance of a device version: target, agent (partner), entity (source message), activity.</summary>
public static class ProvenanceFactory
{
    /// <summary>The identifier system of partners (agents).</summary>
    public const string PartnerSystem = HubFhirUrls.CanonicalBase + "/NamingSystem/partner";

    /// <summary>The identifier system of hub message ids (source entities).</summary>
    public const string HubMessageSystem = HubFhirUrls.CanonicalBase + "/NamingSystem/hub-message";

    /// <summary>The code system of the activities.</summary>
    public const string ActivitySystem = HubFhirUrls.CanonicalBase + "/CodeSystem/provenance-activity";

    /// <summary>The Provenance record for a device version.</summary>
    public static ProvenanceRecord Create(string deviceId, int version, long recorded, string activity, string agent, string? sourceMessage) =>
        Create(deviceId, version, recorded, activity, agent, sourceMessage, null);

    /// <summary>
    /// The Provenance record for a device version with the feed's details: the performer organisation as first agent (the
    /// sending partner stays an author agent), the location and the source documents as further entities.
    /// </summary>
    public static ProvenanceRecord Create(string deviceId, int version, long recorded, string activity, string agent, string? sourceMessage, ProvenanceDetails? details) =>
        Create(deviceId, version, recorded, activity, agent, sourceMessage, details, adjust: null);

    /// <summary>As above, with a last adjustment of the resource (e.g. a reason, or another agent role) before it is serialised.</summary>
    public static ProvenanceRecord Create(string deviceId, int version, long recorded, string activity, string agent, string? sourceMessage,
        ProvenanceDetails? details, Action<Provenance>? adjust)
    {
        var id = Guid.CreateVersion7().ToString("D");
        var provenance = new Provenance
        {
            Id = id,
            Target = [new ResourceReference($"Device/{deviceId}/_history/{version}")],
            RecordedElement = new Instant(DateTimeOffset.FromUnixTimeMilliseconds(recorded)),
            Activity = new CodeableConcept(ActivitySystem, activity, activity),
            Agent =
            [
                new Provenance.AgentComponent
                {
                    Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "author", "Author"),
                    Who = new ResourceReference { Identifier = new Identifier(PartnerSystem, agent), Display = agent },
                },
            ],
        };
        if (sourceMessage is not null)
        {
            provenance.Entity =
            [
                new Provenance.EntityComponent
                {
                    Role = Provenance.ProvenanceEntityRole.Source,
                    What = new ResourceReference { Identifier = new Identifier(HubMessageSystem, sourceMessage) },
                },
            ];
        }

        details?.ApplyTo(provenance);
        adjust?.Invoke(provenance);
        return new ProvenanceRecord(id, deviceId, version, recorded, activity, agent, sourceMessage, FhirJson.Serialize(provenance));
    }
}
