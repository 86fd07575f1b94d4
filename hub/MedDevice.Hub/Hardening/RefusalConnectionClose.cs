namespace MedDevice.Hub.Hardening;

/// <summary>
/// Adds <c>Connection: close</c> to a refusal or time-out whose request body may be left unread beyond Kestrel's cap (413, a
/// declared length over the cap, or a chunked body): Kestrel cannot drain such a body and drops the connection, and
/// a client that was told keep-alive would otherwise reuse a dead connection for its next request (found by fuzzing).
/// </summary>
internal static class RefusalConnectionClose
{
    public static void Apply(HttpContext context, long maxBodyBytes)
    {
        var request = context.Request;
        context.Response.OnStarting(() =>
        {
            var status = context.Response.StatusCode;
            var unboundedBody = request.ContentLength is null ? request.Headers.TransferEncoding.Count > 0 : request.ContentLength > maxBodyBytes;
            if (status >= 400 && (status == StatusCodes.Status413PayloadTooLarge || unboundedBody))
            {
                context.Response.Headers.Connection = "close";
            }

            return Task.CompletedTask;
        });
    }
}
