namespace MedDevice.Hub.Storage.PartnerState;

/// <summary>What a partner-state write did: saved, or refused because someone else wrote first (a value, not an exception).</summary>
public abstract record PartnerStateWriteResult
{
    private PartnerStateWriteResult()
    {
    }

    /// <summary>Written; the item is now at <paramref name="Version"/>.</summary>
    public sealed record Saved(int Version) : PartnerStateWriteResult;

    /// <summary>
    /// Not written: the stored version was not the expected one. <paramref name="CurrentVersion"/> is what is stored
    /// (null: the item does not exist), so the caller can read it again and retry or give up.
    /// </summary>
    public sealed record Conflict(int? CurrentVersion) : PartnerStateWriteResult;
}
