namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>Which dead letters to replay: given ids, or every one matching the filter; optionally only counted (dry run).</summary>
/// <param name="Ids">Explicit delivery ids; when empty the filter applies.</param>
/// <param name="SubscriberId">Only this subscriber's dead letters.</param>
/// <param name="Topic">Only this topic.</param>
/// <param name="All">Must be true to replay by filter without a subscriber (guards against accidents).</param>
/// <param name="DryRun">List what would be replayed, change nothing.</param>
/// <param name="RatePerSecond">Upper bound on replays per second so a recovering subscriber is not flooded.</param>
/// <param name="Stage">
/// <c>delivery</c> (the default): delivery dead letters, by delivery id; <c>processing</c>: processing dead letters (messages
/// parked after their processing attempt budget), by inbox id, named by ids or with all=true.
/// </param>
public sealed record ReplayRequest(
    IReadOnlyList<long>? Ids = null,
    string? SubscriberId = null,
    string? Topic = null,
    bool All = false,
    bool DryRun = false,
    int RatePerSecond = ReplayRequest.DefaultRatePerSecond,
    string? Stage = null)
{
    /// <summary>The stage of delivery dead letters.</summary>
    public const string DeliveryStage = "delivery";

    /// <summary>The stage of processing dead letters.</summary>
    public const string ProcessingStage = "processing";

    /// <summary>True when the request targets processing dead letters.</summary>
    public bool IsProcessing => string.Equals(Stage, ProcessingStage, StringComparison.OrdinalIgnoreCase);

    /// <summary>Default replay rate.</summary>
    public const int DefaultRatePerSecond = 100;
}
