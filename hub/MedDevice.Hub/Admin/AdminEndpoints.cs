using MedDevice.Hub.Audit;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Messages;
using MedDevice.Hub.Security;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Admin;

/// <summary>Operators' API under <c>/api/v1/admin</c> (partners with the <c>admin</c> role): queues and dead letters.</summary>
public static class AdminEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/v1/admin").AddEndpointFilter(AdminAuditFilter.InvokeAsync);
        admin.MapGet("/queues", GetQueuesAsync).RequiresOperation(HubOperations.AdminQueues).WithName("admin.queues");
        admin.MapGet("/dlq", ListDeadAsync).RequiresOperation(HubOperations.AdminDeadLetterRead).WithName("admin.dlq.list");
        admin.MapGet("/dlq/processing/{id:long}", GetParkedAsync).RequiresOperation(HubOperations.AdminDeadLetterRead).WithName("admin.dlq.processing.show");
        admin.MapGet("/dlq/{id:long}", GetDeadAsync).RequiresOperation(HubOperations.AdminDeadLetterRead).WithName("admin.dlq.show");
        admin.MapPost("/dlq/replay", ReplayAsync).RequiresOperation(HubOperations.AdminDeadLetterReplay).WithName("admin.dlq.replay");
        return endpoints;
    }

    private static async Task<IResult> GetQueuesAsync(DeliveryStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var stats = await store.GetQueueStatsAsync(cancellationToken);
        var unprocessed = await store.CountUnprocessedAsync(cancellationToken);
        return Results.Json(new
        {
            unprocessed,
            subscribers = stats.Select(s => new
            {
                subscriber = s.SubscriberId,
                depth = s.Depth,
                oldestAgeSeconds = s.OldestCreatedAt is { } oldest ? Math.Max(0, (now - oldest) / 1000.0) : 0,
                retrying = s.Retrying,
                dead = s.Dead,
                delivered = s.Delivered,
            }),
        });
    }

    /// <summary>
    /// Delivery dead letters (each marked <c>stage: delivery</c>), and next to them the processing dead letters (messages
    /// parked after their processing budget, <c>stage: processing</c>): their count and first page. <c>stage=processing</c>
    /// pages through the processing dead letters alone (<c>after</c> is then an inbox id).
    /// </summary>
    private static async Task<IResult> ListDeadAsync(DeliveryStore store, ProcessingDeadLetterStore parked, string? subscriber, string? topic, long? after,
        int? limit, string? stage, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(limit ?? 100, 1, 1000);
        if (string.Equals(stage, ReplayRequest.ProcessingStage, StringComparison.OrdinalIgnoreCase))
        {
            var page = await parked.ListAsync(after ?? 0, size, cancellationToken);
            return Results.Json(new { items = page.Select(View), next = page.Count > 0 ? page[^1].Id : (long?)null });
        }

        if (stage is not null && !string.Equals(stage, ReplayRequest.DeliveryStage, StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Create(400, "HUB-DLQ-400", "Unknown stage", $"Use stage={ReplayRequest.DeliveryStage} or stage={ReplayRequest.ProcessingStage}.");
        }

        var list = await store.ListDeadAsync(new DeadLetterFilter(subscriber, topic, after ?? 0, size), cancellationToken);
        var next = list.Count > 0 ? list[^1].Id : (long?)null;
        if (stage is not null || subscriber is not null || topic is not null)
        {
            return Results.Json(new { items = list.Select(View), next });
        }

        var first = await parked.ListAsync(0, size, cancellationToken);
        return Results.Json(new
        {
            items = list.Select(View),
            next,
            processing = new { count = await parked.CountAsync(cancellationToken), items = first.Select(View) },
        });
    }

    private static async Task<IResult> GetParkedAsync(long id, ProcessingDeadLetterStore parked, CancellationToken cancellationToken) =>
        await parked.GetAsync(id, cancellationToken) is { } dead
            ? Results.Json(View(dead))
            : Problems.Create(404, "HUB-DLQ-404", "Unknown dead letter", $"No processing dead letter {id}.");

    private static async Task<IResult> GetDeadAsync(long id, DeliveryStore store, CancellationToken cancellationToken) =>
        await store.GetDeadAsync(id, cancellationToken) is { } dead
            ? Results.Json(View(dead))
            : Problems.Create(404, "HUB-DLQ-404", "Unknown dead letter", $"No dead letter {id}.");

    private static async Task<IResult> ReplayAsync(ReplayRequest request, DeadLetterReplayer replayer, WorkSignals signals, CancellationToken cancellationToken)
    {
        try
        {
            var result = await replayer.ReplayAsync(request, cancellationToken);
            if (result.Replayed > 0)
            {
                (request.IsProcessing ? signals.Inbox : signals.Deliveries).Notify();
            }

            return Results.Json(result);
        }
        catch (ArgumentException ex)
        {
            return Problems.Create(400, "HUB-DLQ-400", "Replay needs a target", ex.Message);
        }
    }

    private static object View(ProcessingDeadLetter d) => new
    {
        stage = ReplayRequest.ProcessingStage,
        id = d.Id,
        hubMessageId = d.HubMessageId,
        partner = d.PartnerId,
        feed = d.Feed,
        key = d.DeviceKey,
        attempts = d.Attempts,
        errorCode = d.ErrorCode,
        lastError = d.LastError,
        receivedAt = MessageStatusView.Iso(d.ReceivedAt),
        deadAt = d.DeadAt is { } at ? MessageStatusView.Iso(at) : null,
    };

    private static object View(DeadLetter d) => new
    {
        stage = ReplayRequest.DeliveryStage,
        id = d.Id,
        hubMessageId = d.HubMessageId,
        subscriber = d.SubscriberId,
        topic = d.Topic,
        key = d.OrderKey,
        attempts = d.Attempts,
        lastError = d.LastError,
        createdAt = MessageStatusView.Iso(d.CreatedAt),
        deadAt = d.DeadAt is { } at ? MessageStatusView.Iso(at) : null,
    };
}
