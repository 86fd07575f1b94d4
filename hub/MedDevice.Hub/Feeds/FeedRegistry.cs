namespace MedDevice.Hub.Feeds;

/// <summary>The feed handlers the host registered, by feed name.</summary>
public sealed class FeedRegistry(IEnumerable<IFeedHandler> handlers)
{
    private readonly Dictionary<string, IFeedHandler> _byName = handlers.ToDictionary(h => h.Feed, StringComparer.Ordinal);

    /// <summary>The handler for a feed, or null.</summary>
    public IFeedHandler? Find(string feed) => _byName.GetValueOrDefault(feed);
}
