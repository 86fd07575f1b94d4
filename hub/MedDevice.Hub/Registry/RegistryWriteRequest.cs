using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Registry;

/// <summary>A device write from a partner (FHIR API or feed).</summary>
/// <param name="Device">The Device as sent (its id and meta are ignored; the store owns them).</param>
/// <param name="PartnerId">Who sent it (the Provenance agent).</param>
/// <param name="SourceMessage">The hub message id of the source message (the Provenance entity; one Provenance per device and message).</param>
public sealed record RegistryWriteRequest(Device Device, string PartnerId, string SourceMessage)
{
    /// <summary>The logical id for an update at a known id (PUT), else null.</summary>
    public string? Id { get; init; }

    /// <summary>Keep (conditional create) or update the device matched by business key.</summary>
    public ExistingDevicePolicy OnExisting { get; init; } = ExistingDevicePolicy.Update;

    /// <summary>The version the device must be at (<c>If-Match</c>).</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>
    /// True for writes the hub received synchronously (the FHIR API): the routed event is recorded in the same
    /// transaction. False for feed messages, whose inbox row the processing stage routes.
    /// </summary>
    public bool EmitEvent { get; init; }
}
