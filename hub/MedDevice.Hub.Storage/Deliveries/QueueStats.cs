namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>One subscriber's queue: open deliveries, the oldest one's creation time, how many retry, how many are dead, how many were delivered.</summary>
public sealed record QueueStats(string SubscriberId, long Depth, long? OldestCreatedAt, long Retrying, long Dead, long Delivered);
