namespace MedDevice.Hub.Storage.Deliveries;

/// <summary>Replays dead letters one by one or by filter, at a bounded rate, with a dry run.</summary>
public sealed class DeadLetterReplayer(DeliveryStore store, TimeProvider time)
{
    private const int PageSize = 500;

    /// <summary>Runs the replay; throws <see cref="ArgumentException"/> for a filter that would match everything by accident.</summary>
    public async Task<ReplayResult> ReplayAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.RatePerSecond, 1, nameof(request.RatePerSecond));
        var explicitIds = request.Ids is { Count: > 0 };
        if (!explicitIds && request.SubscriberId is null && request.Topic is null && !request.All)
        {
            throw new ArgumentException("Name ids, a subscriber or a topic, or set all=true to replay every dead letter.", nameof(request));
        }

        var ids = explicitIds ? await ExistingAsync(request.Ids!, cancellationToken) : await MatchingAsync(request, cancellationToken);
        if (request.DryRun)
        {
            return new ReplayResult(true, ids.Count, 0, ids);
        }

        var replayed = 0;
        var chunk = Math.Max(1, request.RatePerSecond / 10);
        for (var offset = 0; offset < ids.Count; offset += chunk)
        {
            var slice = ids.Skip(offset).Take(chunk).ToList();
            replayed += await store.ReplayAsync(slice, time.GetUtcNow().ToUnixTimeMilliseconds());
            if (offset + chunk < ids.Count)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)slice.Count / request.RatePerSecond), time, cancellationToken);
            }
        }

        return new ReplayResult(false, ids.Count, replayed, ids);
    }

    private async Task<List<long>> ExistingAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var found = new List<long>(ids.Count);
        foreach (var id in ids.Distinct())
        {
            if (await store.GetDeadAsync(id, cancellationToken) is not null)
            {
                found.Add(id);
            }
        }

        return found;
    }

    private async Task<List<long>> MatchingAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        var after = 0L;
        while (true)
        {
            var page = await store.ListDeadAsync(new DeadLetterFilter(request.SubscriberId, request.Topic, after, PageSize), cancellationToken);
            ids.AddRange(page.Select(d => d.Id));
            if (page.Count < PageSize)
            {
                return ids;
            }

            after = page[^1].Id;
        }
    }
}
