using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Mappings.Common;

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

    /// <summary>The Provenance activity of a created or changed device; null = <c>registered</c> / <c>changed</c>.</summary>
    public string? Activity { get; init; }

    /// <summary>
    /// With <see cref="Activity"/>: also record the Provenance (and event) when the device is unchanged, once per source
    /// message (e.g. the same lot imported again under another declaration).
    /// </summary>
    public bool RecordWhenUnchanged { get; init; }

    /// <summary>What the Provenance adds besides the sending partner: performer organisation, location, source documents.</summary>
    public ProvenanceDetails? Details { get; init; }

    /// <summary>
    /// The hub message id of the routed event; null = <see cref="SourceMessage"/>. Needed when one source message changes
    /// several devices (a customs declaration): each event is its own message.
    /// </summary>
    public string? EventMessageId { get; init; }

    /// <summary>The feed name the routed event is recorded under; null = <c>fhir.device</c>.</summary>
    public string? EventFeed { get; init; }
}
