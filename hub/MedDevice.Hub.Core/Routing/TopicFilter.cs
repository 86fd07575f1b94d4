namespace MedDevice.Hub.Core.Routing;

/// <summary>A subscriber's topic list: exact topics, <c>*</c> for all, or a prefix ending in <c>.*</c> (e.g. <c>device.*</c>).</summary>
public sealed class TopicFilter
{
    private readonly string[] _exact;
    private readonly string[] _prefixes;
    private readonly bool _all;

    /// <summary>Creates the filter.</summary>
    public TopicFilter(IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var list = topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray();
        _all = list.Contains("*", StringComparer.Ordinal);
        _exact = list.Where(t => !t.EndsWith('*')).ToArray();
        _prefixes = list.Where(t => t.EndsWith(".*", StringComparison.Ordinal)).Select(t => t[..^1]).ToArray();
    }

    /// <summary>True when the subscriber wants <paramref name="topic"/>.</summary>
    public bool Matches(string topic) =>
        _all
        || Array.Exists(_exact, t => string.Equals(t, topic, StringComparison.Ordinal))
        || Array.Exists(_prefixes, p => topic.StartsWith(p, StringComparison.Ordinal));
}
