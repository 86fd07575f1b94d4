using System.Diagnostics;
using System.Net.Http.Headers;

namespace MedDevice.Hub.Bench.Customs;

/// <summary>
/// Open-loop load: message <c>i</c> is sent at <c>start + i / rate</c> (or at once when the rate is 0), with at most
/// <c>concurrency</c> in flight; records each reply's status, body and latency (send → full reply).
/// </summary>
internal sealed class CustomsLoad(HttpClient client, Uri endpoint, string apiKey, int concurrency)
{
    public sealed record Outcome(int Status, byte[] Body, double Milliseconds);

    public async Task<(Outcome[] Outcomes, double Seconds)> RunAsync(IReadOnlyList<byte[]> messages, int rate)
    {
        var outcomes = new Outcome[messages.Count];
        using var slots = new SemaphoreSlim(concurrency);
        var inFlight = new List<Task>(messages.Count);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < messages.Count; i++)
        {
            if (rate > 0)
            {
                var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(started);
                if (due > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(due);
                }
            }

            await slots.WaitAsync();
            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    outcomes[index] = await SendAsync(messages[index]);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        await Task.WhenAll(inFlight);
        return (outcomes, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private async Task<Outcome> SendAsync(byte[] message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(message) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            return new Outcome((int)response.StatusCode, body, Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return new Outcome(0, [], Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
    }
}
