using System.Collections.Concurrent;
using MedDevice.Adapters.Identity.Model;

namespace MedDevice.Adapters.Identity.Caching;

/// <summary>
/// Answers reused for a while, in memory only, keyed by <see cref="IdentityCacheKeys"/> (pseudonyms and keyed
/// digests, never a raw ID or name). Expiry is read from the injected clock; when full, the entries closest to
/// expiry make room.
/// </summary>
internal sealed class IdentityCache(TimeSpan ttl, int maxEntries, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public T? Get<T>(string key)
        where T : IdentityVerification
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.ExpiresAt <= time.GetUtcNow())
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            return null;
        }

        return entry.Value as T;
    }

    public void Set(string key, IdentityVerification value)
    {
        if (ttl <= TimeSpan.Zero)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_entries.Count >= maxEntries)
        {
            MakeRoom(now);
        }

        _entries[key] = new Entry(value, now + ttl);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        var excess = _entries.Count - maxEntries + 1;
        if (excess > 0)
        {
            foreach (var key in _entries.OrderBy(e => e.Value.ExpiresAt).Take(Math.Max(excess, maxEntries / 10)).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(IdentityVerification Value, DateTimeOffset ExpiresAt);
}
