using System.Net.Http.Headers;
using System.Net.Http.Json;
using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>The admin API's queue figures (<c>GET /api/v1/admin/queues</c>).</summary>
public sealed record QueueFigures(long Unprocessed, IReadOnlyList<SubscriberQueueFigures> Subscribers)
{
    /// <summary>Reads the figures from a running hub.</summary>
    public static async Task<QueueFigures> ReadAsync(Uri hub)
    {
        using var http = new HttpClient { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", HubSettings.ApiKey);
        return (await http.GetFromJsonAsync<QueueFigures>(new Uri("api/v1/admin/queues", UriKind.Relative)))!;
    }

    /// <summary>True when nothing is unprocessed or waiting for delivery.</summary>
    public bool Drained => Unprocessed == 0 && Subscribers.All(s => s.Depth == 0);
}

/// <summary>One subscriber's queue.</summary>
public sealed record SubscriberQueueFigures(string Subscriber, long Depth, double OldestAgeSeconds, long Retrying, long Dead, long Delivered);
