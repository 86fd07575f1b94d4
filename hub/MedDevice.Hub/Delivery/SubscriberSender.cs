using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Subscribers;

namespace MedDevice.Hub.Delivery;

/// <summary>
/// POSTs one delivery to a subscriber with the idempotency key, topic, message id and HMAC signature headers,
/// and classifies the answer: 2xx delivered; 408/429/5xx, time-outs and connection errors transient; other 4xx permanent.
/// <c>X-Hub-Node</c> names the hub process that sent it, so operators (and the multi-process tests) can see who delivered.
/// </summary>
public sealed class SubscriberSender(HttpClient http, NodeIdentity node)
{
    /// <summary>Content type of the delivered resource.</summary>
    public const string FhirJson = "application/fhir+json";

    /// <summary>Sends and classifies.</summary>
    public async Task<SendResult> SendAsync(SubscriberOptions subscriber, ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(delivery);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Endpoint);
        request.Content = new ByteArrayContent(delivery.Payload);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(FhirJson) { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", $"{delivery.HubMessageId}:{subscriber.Id}");
        request.Headers.TryAddWithoutValidation("X-Hub-Topic", delivery.Topic);
        request.Headers.TryAddWithoutValidation("X-Hub-Message-Id", delivery.HubMessageId);
        request.Headers.TryAddWithoutValidation("X-Hub-Signature", Sign(subscriber.Secret, delivery.Payload));
        request.Headers.TryAddWithoutValidation("X-Hub-Node", node.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, subscriber.TimeoutSeconds)));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return HttpFailureClassifier.IsSuccess(status)
                ? SendResult.Success
                : new SendResult(false, HttpFailureClassifier.Classify(status), "HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(false, DeliveryErrorKind.Transient, "timeout");
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(false, DeliveryErrorKind.Transient, "connection: " + (ex.HttpRequestError.ToString()));
        }
    }

    /// <summary><c>sha256=</c> + lower-case hex HMAC-SHA256 of the body with the subscriber's secret.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? ""), body));
}
