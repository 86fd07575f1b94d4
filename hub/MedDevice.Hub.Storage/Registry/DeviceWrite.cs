using MedDevice.Hub.Core.Registry;

namespace MedDevice.Hub.Storage.Registry;

/// <summary>One device version to store, matched to an existing device by id or business key.</summary>
/// <param name="Id">The FHIR logical id: set for an update (or create) at a known id; null to match by business key or assign a new id.</param>
/// <param name="UdiDiKey">The normalised UDI-DI business key <c>issuer|di</c>, if the device has one.</param>
/// <param name="RegistrationNumber">The canonical registration number (số lưu hành), if the device has one.</param>
/// <param name="Status">The FHIR Device.status (e.g. <c>active</c>).</param>
/// <param name="Resource">The FHIR Device JSON as stored.</param>
public sealed record DeviceWrite(string? Id, string? UdiDiKey, string? RegistrationNumber, string Status, byte[] Resource)
{
    /// <summary>Token search values (identifier, type, …), extracted by the caller; replace the previous ones.</summary>
    public IReadOnlyList<DeviceTokenValue> Tokens { get; init; } = [];

    /// <summary>String search values (names, manufacturer, …), extracted by the caller; replace the previous ones.</summary>
    public IReadOnlyList<DeviceStringValue> Strings { get; init; } = [];

    /// <summary>What to do when the id or a business key already belongs to a live device.</summary>
    public ExistingDevicePolicy OnExisting { get; init; } = ExistingDevicePolicy.Update;

    /// <summary>The instance key of an instance-level device (UDI-DI key plus lot and serial), unique like the other keys.</summary>
    public string? InstanceKey { get; init; }

    /// <summary>When set (FHIR <c>If-Match</c>), the write applies only if the matched device is at this version.</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>
    /// Runs in the write's transaction after the device row is written (created, updated or unchanged): the place
    /// for the Provenance and the routed event, so they commit or roll back with the device.
    /// </summary>
    public DeviceWriteHook? AfterWrite { get; init; }

    /// <summary>A write of <paramref name="resource"/> with the keys, status and search values of its index.</summary>
    public static DeviceWrite From(string? id, DeviceIndex index, byte[] resource)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new DeviceWrite(id, index.UdiDiKey, index.RegistrationNumber, index.Status, resource) { Tokens = index.Tokens, Strings = index.Strings, InstanceKey = index.InstanceKey };
    }
}
