using MedDevice.Hub.Core.Routing;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Subscribers;

/// <summary>The configured subscribers and the routing of a topic to delivery rows.</summary>
public sealed class SubscriberRegistry
{
    private readonly List<(SubscriberOptions Options, TopicFilter Filter)> _subscribers;
    private readonly Dictionary<string, SubscriberOptions> _byId;

    /// <summary>Validates and indexes the configuration.</summary>
    public SubscriberRegistry(IEnumerable<SubscriberOptions> subscribers)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        var list = subscribers.Where(s => !string.IsNullOrWhiteSpace(s.Id)).ToList();
        foreach (var s in list)
        {
            if (!Uri.TryCreate(s.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"Subscriber '{s.Id}': Endpoint must be an absolute http(s) URL.");
            }

            if (s.MaxAttempts < 1)
            {
                throw new InvalidOperationException($"Subscriber '{s.Id}': MaxAttempts must be at least 1.");
            }
        }

        _subscribers = list.Select(s => (s, new TopicFilter(s.Topics))).ToList();
        _byId = list.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>All subscribers.</summary>
    public IEnumerable<SubscriberOptions> All => _subscribers.Select(s => s.Options);

    /// <summary>A subscriber by id, or null (e.g. removed from configuration).</summary>
    public SubscriberOptions? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>One delivery per subscriber of <paramref name="topic"/>; per-key subscribers order on <paramref name="deviceKey"/>.</summary>
    public IReadOnlyList<NewDelivery> Route(string topic, string? deviceKey) =>
        _subscribers.Where(s => s.Filter.Matches(topic))
            .Select(s => new NewDelivery(s.Options.Id, s.Options.Ordering == DeliveryOrdering.PerKey ? deviceKey : null))
            .ToList();
}
