using MedDevice.Adapters.Inbound;

namespace MedDevice.Hub.Feeds;

/// <summary>The inbound feeds the host registered, by feed name.</summary>
public sealed class FeedRegistry(IEnumerable<IInboundFeed> feeds)
{
    private readonly Dictionary<string, IInboundFeed> _byName = feeds.ToDictionary(f => f.Feed, StringComparer.Ordinal);

    /// <summary>The feed of that name, or null.</summary>
    public IInboundFeed? Find(string feed) => _byName.GetValueOrDefault(feed);
}
