using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>
/// Replays dead letters one by one or by filter, at a bounded rate, with a dry run: delivery dead letters, or processing
/// dead letters (parked messages, returned to the inbox with a fresh attempt budget) when the request names that stage.
/// </summary>
public sealed class DeadLetterReplayer(DeliveryStore store, TimeProvider time, ProcessingDeadLetterStore? processing = null)
{
    private const int PageSize = 500;

    /// <summary>Runs the replay; throws <see cref="ArgumentException"/> for a filter that would match everything by accident.</summary>
    public async Task<ReplayResult> ReplayAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.RatePerSecond, 1, nameof(request.RatePerSecond));
        var explicitIds = request.Ids is { Count: > 0 };
        if (request.Stage is { } stage && !request.IsProcessing && !string.Equals(stage, ReplayRequest.DeliveryStage, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Unknown stage '{stage}': use '{ReplayRequest.DeliveryStage}' or '{ReplayRequest.ProcessingStage}'.", nameof(request));
        }

        if (request.IsProcessing && (request.SubscriberId is not null || request.Topic is not null))
        {
            throw new ArgumentException("Processing dead letters have no subscriber or topic yet: name ids or set all=true.", nameof(request));
        }

        if (!explicitIds && request.SubscriberId is null && request.Topic is null && !request.All)
        {
            throw new ArgumentException("Name ids, a subscriber or a topic, or set all=true to replay every dead letter.", nameof(request));
        }

        var parked = request.IsProcessing
            ? processing ?? throw new InvalidOperationException("Processing dead letters are not available here.")
            : null;
        // Both kinds of dead letter are found the same way: named ids that still exist, or every page of a listing.
        Func<long, Task<bool>> exists = parked is null
            ? async id => await store.GetDeadAsync(id, cancellationToken) is not null
            : async id => await parked.GetAsync(id, cancellationToken) is not null;
        Func<long, Task<IReadOnlyList<long>>> page = parked is null
            ? async after => (await store.ListDeadAsync(new DeadLetterFilter(request.SubscriberId, request.Topic, after, PageSize), cancellationToken)).Select(d => d.Id).ToList()
            : async after => (await parked.ListAsync(after, PageSize, cancellationToken)).Select(d => d.Id).ToList();
        var ids = explicitIds ? await ExistingAsync(request.Ids!, exists) : await AllPagesAsync(page);
        if (request.DryRun)
        {
            return new ReplayResult(true, ids.Count, 0, ids);
        }

        Func<IReadOnlyList<long>, long, Task<int>> replay = parked is null ? store.ReplayAsync : parked.ReplayAsync;
        var replayed = 0;
        var chunk = Math.Max(1, request.RatePerSecond / 10);
        for (var offset = 0; offset < ids.Count; offset += chunk)
        {
            var slice = ids.Skip(offset).Take(chunk).ToList();
            replayed += await replay(slice, time.GetUtcNow().ToUnixTimeMilliseconds());
            if (offset + chunk < ids.Count)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)slice.Count / request.RatePerSecond), time, cancellationToken);
            }
        }

        return new ReplayResult(false, ids.Count, replayed, ids);
    }

    private static async Task<List<long>> ExistingAsync(IReadOnlyList<long> ids, Func<long, Task<bool>> exists)
    {
        var found = new List<long>(ids.Count);
        foreach (var id in ids.Distinct())
        {
            if (await exists(id))
            {
                found.Add(id);
            }
        }

        return found;
    }

    private static async Task<List<long>> AllPagesAsync(Func<long, Task<IReadOnlyList<long>>> page)
    {
        var ids = new List<long>();
        var after = 0L;
        while (true)
        {
            var next = await page(after);
            ids.AddRange(next);
            if (next.Count < PageSize)
            {
                return ids;
            }

            after = next[^1];
        }
    }
}
