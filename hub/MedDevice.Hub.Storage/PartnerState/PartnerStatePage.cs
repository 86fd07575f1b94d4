namespace MedDevice.Hub.Storage.PartnerState;

/// <summary>A page of one partner's items of one kind in key order.</summary>
/// <param name="Items">At most the requested number of items.</param>
/// <param name="NextAfterKey">The key to continue after; null on the last page.</param>
public sealed record PartnerStatePage(IReadOnlyList<PartnerStateRecord> Items, string? NextAfterKey);
