namespace MedDevice.Hub.Inbound;

/// <summary>Reads a request body up to a limit, keeping what was read when it is too large (for quarantine).</summary>
internal static class InboundBodyReader
{
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(HttpRequest request, int maxBytes)
    {
        using var buffer = new MemoryStream(request.ContentLength is > 0 and var n && n <= maxBytes ? (int)n : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    buffer.Write(chunk, 0, (int)Math.Max(0, maxBytes - buffer.Length));
                    return (buffer.ToArray(), true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own cap (Hub:Inbound:MaxBodyBytes) was hit first: still answer the contract's coded 413.
            return (buffer.ToArray(), true);
        }

        return (buffer.ToArray(), false);
    }
}
