namespace MedDevice.Hub.Storage.PartnerState;

/// <summary>A write of one state item, applied only if the stored version is still <paramref name="ExpectedVersion"/>.</summary>
/// <param name="Partner">The partner the state belongs to.</param>
/// <param name="Kind">What sort of state it is.</param>
/// <param name="Key">The item within the kind.</param>
/// <param name="ExpectedVersion">0: the item must not exist yet (insert); otherwise the version read before (update).</param>
/// <param name="Json">The new payload.</param>
/// <param name="UpdatedAt">The write's time (Unix ms).</param>
public sealed record PartnerStateWrite(string Partner, string Kind, string Key, int ExpectedVersion, string Json, long UpdatedAt);
