namespace MedDevice.Hub.Core.Registry;

/// <summary>
/// What the registry stores beside a Device's JSON: its business keys, status and search values. Built from the
/// resource by one indexer (in the mappings) so the FHIR API, the feeds and the bulk import index identically.
/// </summary>
/// <param name="UdiDiKey">The UDI-DI business key <c>issuer|di</c> of a registry (DI-level) entry; null for instance-level devices.</param>
/// <param name="RegistrationNumber">The canonical registration number of a registry entry; null for instance-level devices.</param>
/// <param name="Status">The FHIR Device.status code (<c>active</c>, <c>inactive</c>, …; <c>unknown</c> when absent).</param>
/// <param name="Tokens">Token, reference and uri search values.</param>
/// <param name="Strings">String search values.</param>
public sealed record DeviceIndex(
    string? UdiDiKey,
    string? RegistrationNumber,
    string Status,
    IReadOnlyList<DeviceTokenValue> Tokens,
    IReadOnlyList<DeviceStringValue> Strings)
{
    /// <summary>
    /// The business key of an instance-level device with a lot or serial number: <c>{issuer}|{di}|lot={lot}|sn={serial}</c>;
    /// null for registry entries (and instances without a UDI-DI).
    /// </summary>
    public string? InstanceKey { get; init; }
}
