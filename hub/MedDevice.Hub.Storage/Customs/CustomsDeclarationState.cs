namespace MedDevice.Hub.Storage.Customs;

/// <summary>A declaration with its lines and their devices, as stored.</summary>
public sealed record CustomsDeclarationState(CustomsDeclarationRecord Declaration, IReadOnlyList<CustomsLineRecord> Lines, IReadOnlyList<CustomsLineDevice> Devices);
