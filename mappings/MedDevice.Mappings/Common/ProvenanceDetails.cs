using Hl7.Fhir.Model;

namespace MedDevice.Mappings.Common;

/// <summary>
/// What a feed adds to the Provenance of a device version besides target, time, activity and sending partner: the
/// organisation that performed the activity, where it happened, and identifiers of the source documents.
/// </summary>
/// <param name="Performer">The organisation that performed the activity (e.g. the importer, identified by tax code).</param>
/// <param name="Location">Where (e.g. the customs office, a logical <c>Location</c> reference by identifier).</param>
/// <param name="SourceDocuments">Identifiers of the partner's source documents (e.g. the customs declaration number).</param>
public sealed record ProvenanceDetails(ResourceReference? Performer, ResourceReference? Location, IReadOnlyList<Identifier> SourceDocuments)
{
    /// <summary>The participant-type code system.</summary>
    public const string ParticipantTypeSystem = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    /// <summary>Adds the performer (first agent), the location and one source entity per document to <paramref name="provenance"/>.</summary>
    public void ApplyTo(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        if (Performer is not null)
        {
            provenance.Agent.Insert(0, new Provenance.AgentComponent
            {
                Type = new CodeableConcept(ParticipantTypeSystem, "performer", "Performer"),
                Who = (ResourceReference)Performer.DeepCopy(),
            });
        }

        if (Location is not null)
        {
            provenance.Location = (ResourceReference)Location.DeepCopy();
        }

        foreach (var document in SourceDocuments)
        {
            provenance.Entity.Add(new Provenance.EntityComponent
            {
                Role = Provenance.ProvenanceEntityRole.Source,
                What = new ResourceReference { Identifier = (Identifier)document.DeepCopy() },
            });
        }
    }
}
