using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>
/// Posts a <see cref="MessagePlan"/> like a well-behaved partner: lanes run concurrently, each lane posts its
/// messages one after the other, and a message that is not acknowledged (connection error, time-out, 5xx) is
/// posted again with the same Idempotency-Key until it is, or until the deadline.
/// </summary>
public sealed class Producer : IDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(100);
    private readonly HttpClient _http;
    private readonly IReadOnlyList<Uri> _hubs;
    private long _acknowledged;
    private long _issued;
    private long _failedAttempts;
    private readonly ConcurrentDictionary<string, int> _failureReasons = new(StringComparer.Ordinal);

    /// <summary>Lane i posts to <c>hubs[i % hubs.Count]</c>.</summary>
    public Producer(IReadOnlyList<Uri> hubs)
    {
        _hubs = hubs;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, ConnectTimeout = TimeSpan.FromSeconds(2) })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", HubSettings.ApiKey);
    }

    /// <summary>Messages acknowledged so far.</summary>
    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>Posts that got no acknowledgement (and were retried).</summary>
    public long FailedAttempts => Interlocked.Read(ref _failedAttempts);

    /// <summary>Why posts were not acknowledged: status code or exception type, with counts (for assertion messages).</summary>
    public string FailureSummary => string.Join(", ", _failureReasons.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}×{r.Value}"));

    /// <summary>Runs every lane to the end, at most <paramref name="ratePerSecond"/> first attempts per second, until <paramref name="deadline"/>.</summary>
    public async Task RunAsync(MessagePlan plan, int workers, double ratePerSecond, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var stop = new CancellationTokenSource(deadline);
        var queue = new ConcurrentQueue<(int Index, IReadOnlyList<PlannedMessage> Lane)>(plan.Lanes.Select((lane, i) => (i, lane)));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
            {
                while (queue.TryDequeue(out var lane))
                {
                    foreach (var message in lane.Lane)
                    {
                        await PaceAsync(started, ratePerSecond, stop.Token);
                        await PostUntilAcknowledgedAsync(_hubs[lane.Index % _hubs.Count], message, stop.Token);
                    }
                }
            }));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deadline: the caller finds the unacknowledged messages in the plan.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task PaceAsync(long started, double ratePerSecond, CancellationToken cancellationToken)
    {
        if (ratePerSecond <= 0)
        {
            return;
        }

        var due = TimeSpan.FromSeconds(Interlocked.Increment(ref _issued) / ratePerSecond);
        var wait = due - Stopwatch.GetElapsedTime(started);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }
    }

    private async Task PostUntilAcknowledgedAsync(Uri hub, PlannedMessage message, CancellationToken cancellationToken)
    {
        var url = new Uri(hub, "api/v1/inbound/" + HubSettings.Feed);
        while (true)
        {
            message.Attempts++;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(message.Body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
                request.Headers.Add("Idempotency-Key", message.PartnerMessageId);
                using var response = await _http.SendAsync(request, cancellationToken);
                if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
                {
                    var receipt = await response.Content.ReadFromJsonAsync<ReceiptBody>(cancellationToken);
                    message.HubMessageId = receipt!.HubMessageId;
                    message.AcknowledgedAsRepeat = response.StatusCode == HttpStatusCode.OK;
                    Interlocked.Increment(ref _acknowledged);
                    return;
                }

                if ((int)response.StatusCode < 500)
                {
                    message.UnexpectedStatus = (int)response.StatusCode;
                    return;
                }

                var problem = await response.Content.ReadAsStringAsync(cancellationToken);
                Fail($"{(int)response.StatusCode} {problem[..Math.Min(problem.Length, 300)]}");
            }
            catch (HttpRequestException e)
            {
                // The hub is down or the connection broke: the message may or may not be committed; post it again.
                Fail($"{nameof(HttpRequestException)} {e.HttpRequestError}");
            }
            catch (IOException)
            {
                // The connection broke while the receipt was read: same.
                Fail(nameof(IOException));
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Request time-out: same.
                Fail("timeout");
            }

            Interlocked.Increment(ref _failedAttempts);
            await Task.Delay(RetryPause, cancellationToken);
        }
    }

    private void Fail(string reason) => _failureReasons.AddOrUpdate(reason, 1, (_, count) => count + 1);

    private sealed record ReceiptBody(string HubMessageId, string Status);
}
