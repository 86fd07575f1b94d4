using MedDevice.Hub.Inbound;
using MedDevice.Hub.Security;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Messages;

/// <summary><c>GET /api/v1/messages/{hubMessageId}</c>: a message's stages, for its sender or an operator.</summary>
public static class MessageEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/messages/{hubMessageId}", GetAsync).RequiresOperation(HubOperations.MessageRead);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string hubMessageId, HttpRequest request, MessageStore messages, CancellationToken cancellationToken)
    {
        if (PartnerContext.Get(request.HttpContext) is not { } partner)
        {
            return Problems.Create(401, InboundErrorCodes.Unauthenticated, "Not authenticated", "Send 'Authorization: ApiKey <key>'.");
        }

        var status = await messages.GetStatusAsync(hubMessageId, cancellationToken);
        if (status is null || (!partner.IsAdmin && !string.Equals(status.PartnerId, partner.Id, StringComparison.Ordinal)))
        {
            return Problems.Create(404, "HUB-MSG-404", "Unknown message", $"No message '{hubMessageId}' visible to you.");
        }

        return Results.Json(MessageStatusView.From(status));
    }
}
