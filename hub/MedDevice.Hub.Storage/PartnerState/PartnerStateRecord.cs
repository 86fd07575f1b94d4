namespace MedDevice.Hub.Storage.PartnerState;

/// <summary>One piece of a partner's state, addressed by (partner, kind, key).</summary>
/// <param name="Partner">The partner the state belongs to.</param>
/// <param name="Kind">What sort of state it is (the partner module's own name, e.g. a cursor or a pending exchange).</param>
/// <param name="Key">The item within the kind; pages are ordered by it (ordinal, byte order).</param>
/// <param name="Version">Starts at 1 and grows by one with every write (optimistic concurrency).</param>
/// <param name="Json">The payload, JSON text the partner module defines.</param>
/// <param name="UpdatedAt">When it was last written (Unix ms).</param>
public sealed record PartnerStateRecord(string Partner, string Kind, string Key, int Version, string Json, long UpdatedAt);
