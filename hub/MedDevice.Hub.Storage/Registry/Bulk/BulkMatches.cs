namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>What a bulk row's id and keys point at.</summary>
internal sealed class BulkMatches
{
    /// <summary>Key kind of the logical id.</summary>
    public const int IdKind = 0;

    /// <summary>Key kind of the UDI-DI key.</summary>
    public const int UdiDiKind = 1;

    /// <summary>Key kind of the registration number.</summary>
    public const int RegistrationKind = 2;

    /// <summary>Key kind of the instance key.</summary>
    public const int InstanceKind = 3;

    public BulkMatch? ById { get; set; }

    public BulkMatch? ByUdiDi { get; set; }

    public BulkMatch? ByRegistration { get; set; }

    public BulkMatch? ByInstance { get; set; }

    /// <summary>Every device found, once each.</summary>
    public List<BulkMatch> Distinct() =>
        new[] { ById, ByUdiDi, ByRegistration, ByInstance }.OfType<BulkMatch>().DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>Sets the match of one key kind.</summary>
    public void Set(int kind, BulkMatch match)
    {
        switch (kind)
        {
            case IdKind: ById = match; break;
            case UdiDiKind: ByUdiDi = match; break;
            case RegistrationKind: ByRegistration = match; break;
            default: ByInstance = match; break;
        }
    }

    /// <summary>The row's keys by kind (null where it has none).</summary>
    public static string?[] KeysOf(DeviceWrite write) => [write.Id, write.UdiDiKey, write.RegistrationNumber, write.InstanceKey];
}
