namespace MedDevice.Hub.Customs;

/// <summary>A SOAP 1.1 message with an HTTP status (200 for replies; 500, 401, 403, 413 for faults).</summary>
public sealed class SoapResult(byte[] body, int statusCode) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => statusCode;

    /// <summary>The message bytes.</summary>
    public byte[] Body => body;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = SoapResults.ContentType;
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body).AsTask();
    }
}
