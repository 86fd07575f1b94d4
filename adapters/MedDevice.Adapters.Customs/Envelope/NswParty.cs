namespace MedDevice.Adapters.Customs.Envelope;

/// <summary>The sender or recipient of an NSW envelope (<c>From</c>, <c>To</c>).</summary>
/// <param name="Name">Display name.</param>
/// <param name="Identity">Identity: the hub partner id of the customs system, or <c>MEDDEVICE-HUB</c> for the hub.</param>
public sealed record NswParty(string Name, string Identity);
