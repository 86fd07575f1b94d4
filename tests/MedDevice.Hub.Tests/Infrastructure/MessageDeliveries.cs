using System.Net.Http.Json;
using System.Text.Json;
using MedDevice.Testing.Polling;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>A message's deliveries as <c>GET /api/v1/messages/{hubMessageId}</c> reports them to its partner.</summary>
public static class MessageDeliveries
{
    /// <summary>The message's first delivery now, or null while it has none.</summary>
    public static async Task<JsonElement?> FirstAsync(HttpClient client, string apiKey, string hubMessageId)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/messages/{hubMessageId}");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        using var response = await client.SendAsync(request);
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        return status.TryGetProperty("deliveries", out var deliveries) && deliveries.GetArrayLength() > 0 ? deliveries[0].Clone() : null;
    }

    /// <summary>Waits (bounded) until the message's first delivery is in <paramref name="state"/>, and returns it.</summary>
    public static async Task<JsonElement> UntilFirstInStateAsync(HttpClient client, string apiKey, string hubMessageId, string state) =>
        (await Eventually.UntilAsync(
            () => FirstAsync(client, apiKey, hubMessageId),
            delivery => delivery?.GetProperty("state").GetString() == state,
            $"the first delivery of {hubMessageId} to be {state}")).GetValueOrDefault();
}
