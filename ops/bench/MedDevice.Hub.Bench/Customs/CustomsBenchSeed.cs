using System.Net.Http.Json;
using System.Text;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Bench.Customs;

/// <summary>Seeds the hub under test with the sandbox registry: entries (FHIR API), reference prices and recalls (admin API).</summary>
internal static class CustomsBenchSeed
{
    public static async Task RunAsync(HttpClient client, string apiKey, int registry)
    {
        await Parallel.ForEachAsync(CustomsRegistryFixture.Take(registry), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (entry, token) =>
        {
            await SendAsync(client, HttpMethod.Post, "/fhir/Device", apiKey,
                new StringContent(CustomsRegistryFixture.DeviceJson(entry), Encoding.UTF8, "application/fhir+json"), token);
            await SendAsync(client, HttpMethod.Post, "/api/v1/admin/prices", apiKey,
                JsonContent.Create(new { udiDi = entry.Gtin, unitPriceVnd = entry.ReferencePriceVnd, source = "registry" }), token);
            if (entry.RecalledLot is { } lot)
            {
                await SendAsync(client, HttpMethod.Post, "/api/v1/admin/recalls", apiKey, JsonContent.Create(new { udiDi = entry.Gtin, lot, reason = "bench recall" }), token);
            }
        });
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string path, string apiKey, HttpContent content, CancellationToken token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        using var response = await client.SendAsync(request, token);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"seeding {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}");
        }
    }
}
