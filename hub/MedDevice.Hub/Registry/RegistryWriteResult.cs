using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Registry;

/// <summary>What a registry write did, and the activity and topic it stands for (null when nothing changed).</summary>
public sealed record RegistryWriteResult(DeviceWriteResult Write, string? Activity, long LastUpdated)
{
    /// <summary>The topic the change is routed to, or null when nothing changed.</summary>
    public string? Topic => Activity is null ? null : RegistryTopics.ForActivity(Activity);
}
