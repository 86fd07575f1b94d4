using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Core.Routing;

namespace MedDevice.Hub.Subscribers;

/// <summary>One subscriber (<c>Hub:Subscribers:N</c>): where to POST which topics, and how.</summary>
public sealed class SubscriberOptions
{
    /// <summary>Configuration section holding the list.</summary>
    public const string SectionName = "Hub:Subscribers";

    /// <summary>Default per-request time-out.</summary>
    public const int DefaultTimeoutSeconds = 10;

    /// <summary>Stable id; part of the idempotency key.</summary>
    public string Id { get; set; } = "";

    /// <summary>HTTP endpoint receiving POSTs.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Topics; <c>*</c> = all, <c>device.*</c> = prefix.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary><c>PerKey</c> (default) or <c>None</c>.</summary>
    public DeliveryOrdering Ordering { get; set; } = DeliveryOrdering.PerKey;

    /// <summary>Attempt budget before dead-lettering.</summary>
    public int MaxAttempts { get; set; } = RecoverabilityOptions.DefaultMaxAttempts;

    /// <summary>HMAC-SHA256 key for <c>X-Hub-Signature</c>.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Per-request time-out in seconds.</summary>
    public int TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;
}
