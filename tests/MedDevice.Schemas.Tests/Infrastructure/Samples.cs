namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>File names of the sample Devices under Samples/.</summary>
public static class Samples
{
    /// <summary>A valid DI-level registry entry (vn-registry-device).</summary>
    public const string RegistryEntry = "Device-registry-entry.json";

    /// <summary>A valid instance-level device, an implanted unit (vn-device-instance).</summary>
    public const string InstanceImplanted = "Device-instance-implanted.json";

    /// <summary>A registry entry that breaks every invariant of vn-registry-device.</summary>
    public const string InvalidRegistryEntry = "Device-invalid-registry-entry.json";

    /// <summary>An instance-level device that breaks every invariant of vn-device-instance.</summary>
    public const string InvalidInstance = "Device-invalid-instance.json";

    /// <summary>Every sample.</summary>
    public static IReadOnlyList<string> Names { get; } = [RegistryEntry, InstanceImplanted, InvalidRegistryEntry, InvalidInstance];
}
