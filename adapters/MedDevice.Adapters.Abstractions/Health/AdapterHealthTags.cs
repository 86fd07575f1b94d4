namespace MedDevice.Adapters.Health;

/// <summary>
/// The health-check tag every adapter check carries. Adapter checks are deliberately NOT tagged <c>ready</c>:
/// the hub stays ready (it accepts and queues work) while a partner is down; adapter health is reported on its
/// own endpoint (<c>/health/adapters</c>).
/// </summary>
public static class AdapterHealthTags
{
    /// <summary>The tag of adapter health checks.</summary>
    public const string Adapter = "adapter";
}
