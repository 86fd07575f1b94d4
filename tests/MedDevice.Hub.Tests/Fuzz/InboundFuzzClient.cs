using System.Net.Http.Headers;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>Turns a <see cref="FuzzRequest"/> into an HTTP call, headers unvalidated so malformed values reach the host.</summary>
internal static class InboundFuzzClient
{
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, FuzzRequest request, CancellationToken token)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/inbound/" + Uri.EscapeDataString(request.Feed), UriKind.Relative))
        {
            Content = new ByteArrayContent(request.Body),
        };
        message.Content.Headers.ContentType = null;
        if (request.ContentType is { } contentType)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (request.ApiKey is { } key)
        {
            message.Headers.TryAddWithoutValidation("Authorization", key.StartsWith("ApiKey ", StringComparison.Ordinal) ? key : "ApiKey " + key);
        }

        if (request.IdempotencyKey is { } idempotencyKey)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        message.Headers.TransferEncodingChunked = request.Chunked;
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client.SendAsync(message, token);
    }
}
