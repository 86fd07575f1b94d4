using MedDevice.Hub.Storage.Verification;
using MedDevice.Hub.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>
/// Puts an organisation record in a host's store the way the verification worker does (a queued verification recorded
/// with its Organization resource), without an identity adapter. Returns the FHIR id (<c>tax-{taxCode}</c>).
/// </summary>
public static class OrganizationRecords
{
    public static async Task<string> VerifiedAsync(FhirHost host, string taxCode, string registeredName, string outcome = VerificationOutcomes.Active)
    {
        ArgumentNullException.ThrowIfNull(host);
        var store = host.Factory.Services.GetRequiredService<ActorVerificationStore>();
        var now = DateTimeOffset.UtcNow;
        var queued = await store.EnqueueAsync(new NewActorVerification(ActorVerificationQueue.OrganizationKind, taxCode, "", "fhir-test-" + Guid.NewGuid().ToString("N"),
            now.ToUnixTimeMilliseconds()));
        var resource = OrganizationResource.Build(taxCode, outcome, registeredName, now, now);
        (await store.RecordAsync(new VerifiedOrganization(queued.Id, taxCode, outcome, registeredName, now.ToUnixTimeMilliseconds(), resource, null,
            now.ToUnixTimeMilliseconds()))).ShouldBeTrue("the verification was still pending");
        return OrganizationResource.IdFor(taxCode);
    }
}
