namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>What a replay did (or, in a dry run, would do).</summary>
public sealed record ReplayResult(bool DryRun, int Matched, int Replayed, IReadOnlyList<long> Ids);
