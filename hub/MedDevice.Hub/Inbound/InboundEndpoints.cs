using System.Security.Cryptography;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Feeds;
using MedDevice.Hub.Security;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Inbound;

/// <summary>
/// <c>POST /api/v1/inbound/{feed}</c>: authenticate, check, persist, then acknowledge. Every refusal of an
/// authenticated partner keeps the raw body in quarantine with the reason.
/// </summary>
public static class InboundEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapInbound(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/inbound/{feed}", AcceptAsync).RequiresOperation(HubOperations.InboundPost);
        return endpoints;
    }

    private static async Task<IResult> AcceptAsync(
        string feed,
        HttpRequest request,
        FeedRegistry feeds,
        MessageStore messages,
        HubMessageIdGenerator ids,
        WorkSignals signals,
        InboundOptions options,
        IAuditTrail audit,
        TimeProvider time)
    {
        if (feeds.Find(feed) is not { } handler)
        {
            return Problems.Create(404, InboundErrorCodes.UnknownFeed, "Unknown feed", $"There is no inbound feed '{feed}'.");
        }

        if (PartnerContext.Get(request.HttpContext) is not { } partner)
        {
            await audit.RecordAsync(InboundAudit.Denied(AuditActors.Anonymous, feed, 401, InboundErrorCodes.Unauthenticated));
            return Problems.Create(401, InboundErrorCodes.Unauthenticated, "Not authenticated", "Send 'Authorization: ApiKey <key>'.");
        }

        var body = await InboundBodyReader.ReadAsync(request, options.MaxBodyBytes);
        var key = request.Headers["Idempotency-Key"].ToString();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var contentType = request.ContentType;

        async Task<IResult> RejectAsync(int status, string code, string title, string detail, IReadOnlyList<Mappings.Common.MappingIssue>? issues = null)
        {
            await messages.QuarantineAsync(new QuarantineEntry(partner.Id, feed, key.Length > 0 ? Truncate(key, options.MaxIdempotencyKeyLength) : null,
                contentType, now, code, issues is { Count: > 0 } ? $"{detail} [{issues[0].Code}]" : detail, body.Bytes));
            await audit.RecordAsync(InboundAudit.Denied(partner.Id, feed, status, code));
            return Problems.Create(status, code, title, detail, issues);
        }

        if (!partner.MayPost(feed))
        {
            return await RejectAsync(403, InboundErrorCodes.Forbidden, "Forbidden", $"Partner '{partner.Id}' may not post to '{feed}'.");
        }

        if (key.Length == 0 || key.Length > options.MaxIdempotencyKeyLength)
        {
            return await RejectAsync(400, InboundErrorCodes.MissingIdempotencyKey, "Idempotency-Key required",
                $"Send the partner message id in 'Idempotency-Key' (1–{options.MaxIdempotencyKeyLength} characters).");
        }

        if (body.TooLarge)
        {
            return await RejectAsync(413, InboundErrorCodes.TooLarge, "Payload too large", $"The body exceeds {options.MaxBodyBytes} bytes.");
        }

        if (body.Bytes.Length == 0)
        {
            return await RejectAsync(422, InboundErrorCodes.EmptyBody, "Empty payload", "The body is empty.");
        }

        var inspection = handler.Inspect(body.Bytes);
        if (!inspection.Ok)
        {
            return await RejectAsync(422, InboundErrorCodes.InvalidPayload, "Invalid payload", inspection.Issues[0].Message, inspection.Issues);
        }

        var outcome = await messages.AcceptAsync(new InboxEntry(ids.Next(), partner.Id, key, feed, contentType,
            Convert.ToHexStringLower(SHA256.HashData(body.Bytes)), body.Bytes, inspection.DeviceKey, now));
        if (outcome.IsNew)
        {
            signals.Inbox.Notify();
            return Results.Json(new Receipt(outcome.HubMessageId, "received"), statusCode: 202);
        }

        return outcome.SameBody
            ? Results.Json(new Receipt(outcome.HubMessageId, "received"), statusCode: 200)
            : await RejectAsync(409, InboundErrorCodes.KeyReused, "Idempotency-Key reused",
                $"Message id '{key}' was accepted before with a different body (hub message {outcome.HubMessageId}).");
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
