using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Writing;
using MedDevice.Hub.Verification;

namespace MedDevice.Hub.Registry;

/// <summary>
/// Adds the verdict of a holder verification to the device's journey: a Provenance on the device's current version
/// (activity <c>holder-verified</c>, entity = the Organization record, reason = the verdict). Idempotent per
/// verification (one Provenance per device and verification id).
/// </summary>
public sealed class HolderVerificationProvenance(RegistryStore registry, ProvenanceStore provenance, GroupCommitWriter writer, TimeProvider time)
    : IActorVerificationListener
{
    /// <summary>The Provenance activity code.</summary>
    public const string Activity = "holder-verified";

    /// <summary>The agent recorded for verifications: the hub's identity adapter.</summary>
    public const string Agent = "hub-identity";

    /// <inheritdoc />
    public async System.Threading.Tasks.Task OnVerifiedAsync(ActorVerificationCompleted completed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completed);
        if (completed.SubjectReference is not { } subject || !subject.StartsWith("Device/", StringComparison.Ordinal))
        {
            return;
        }

        var deviceId = subject["Device/".Length..];
        if (await registry.GetAsync(deviceId, cancellationToken) is not { } device)
        {
            return;
        }

        var recorded = time.GetUtcNow().ToUnixTimeMilliseconds();
        // One Provenance per device and verification: the verification id stands in the source-message slot.
        var record = ProvenanceFactory.Create(deviceId, device.VersionId, recorded, Activity, Agent, sourceMessage: null, details: null, adjust: resource =>
        {
            resource.Reason = [new CodeableConcept { Text = "holder " + completed.Outcome }];
            resource.Agent[0].Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "verifier", "Verifier");
            if (completed.OrganizationId is not null)
            {
                resource.Entity = [new Provenance.EntityComponent { Role = Provenance.ProvenanceEntityRole.Source, What = new ResourceReference("Organization/" + completed.OrganizationId) }];
            }
        }) with { SourceMessage = "verification:" + completed.VerificationId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await writer.WriteAsync((connection, transaction, ct) => provenance.InsertAsync(connection, transaction, record, ct));
    }
}
