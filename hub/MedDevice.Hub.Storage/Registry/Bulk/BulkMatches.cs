namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>What a bulk row's id and business keys point at.</summary>
internal sealed class BulkMatches
{
    public BulkMatch? ById { get; set; }

    public BulkMatch? ByUdiDi { get; set; }

    public BulkMatch? ByRegistration { get; set; }

    /// <summary>Sets the match of key kind 0 (id), 1 (UDI-DI) or 2 (registration number).</summary>
    public void Set(int kind, BulkMatch match)
    {
        switch (kind)
        {
            case 0: ById = match; break;
            case 1: ByUdiDi = match; break;
            default: ByRegistration = match; break;
        }
    }
}
