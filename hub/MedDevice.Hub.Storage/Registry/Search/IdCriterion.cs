namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary><c>_id</c>: the device is one of <paramref name="Ids"/>.</summary>
public sealed record IdCriterion(IReadOnlyList<string> Ids) : DeviceCriterion;
