namespace MedDevice.Hub.Verification;

/// <summary>
/// Told about every completed organisation verification, after the verdict, the Organization record and any
/// <c>actor.unverified</c> alert are committed (e.g. to add the result to the device's Provenance). Delivery is at
/// least once: a listener that throws is called again later (with backoff), as is every listener after a crash before
/// all of them finished; make it idempotent by <see cref="ActorVerificationCompleted.VerificationId"/>. Register with
/// <c>services.AddSingleton&lt;IActorVerificationListener, MyListener&gt;()</c>.
/// </summary>
public interface IActorVerificationListener
{
    /// <summary>Handles one completed verification.</summary>
    Task OnVerifiedAsync(ActorVerificationCompleted completed, CancellationToken cancellationToken);
}
