namespace MedDevice.Hub.Core.Customs;

/// <summary>What the registry holds for a UDI-DI or registration number, as far as a verdict needs it.</summary>
/// <param name="Id">The registry entry's FHIR logical id.</param>
/// <param name="Status">Its FHIR Device.status (<c>active</c> = registration in force).</param>
/// <param name="Deleted">True when the registration was revoked (logically deleted).</param>
/// <param name="UdiDiKey">Its UDI-DI key <c>issuer|di</c>, if any.</param>
/// <param name="RegistrationNumber">Its canonical registration number, if any.</param>
public sealed record RegistryEntryFact(string Id, string Status, bool Deleted, string? UdiDiKey, string? RegistrationNumber)
{
    /// <summary>The FHIR status of a registration in force.</summary>
    public const string ActiveStatus = "active";

    /// <summary>True when the registration is in force: not revoked and <c>active</c>.</summary>
    public bool InForce => !Deleted && string.Equals(Status, ActiveStatus, StringComparison.Ordinal);
}
