using MedDevice.Hub.Inbound;
using MedDevice.Hub.Security;
using MedDevice.Hub.Storage.Recalls;

namespace MedDevice.Hub.Recalls;

/// <summary>
/// Recalls and unsafe lots under <c>/api/v1/admin/recalls</c> (role admin): a recorded recall makes matching customs lines
/// RED. Until a recall feed exists, operators record them here.
/// </summary>
public static class RecallAdminEndpoints
{
    private const int MaxReasonLength = 500;
    private const int MaxLotLength = 40;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapRecallAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/admin/recalls").AddEndpointFilter(Audit.AdminAuditFilter.InvokeAsync);
        group.MapPost("", AddAsync).RequiresOperation(HubOperations.AdminRecalls).WithName("recall.add");
        group.MapGet("", ListAsync).RequiresOperation(HubOperations.AdminRecalls).WithName("recall.list");
        return endpoints;
    }

    private static async Task<IResult> AddAsync(NewRecall? request, RecallStore store, TimeProvider time, HttpContext context)
    {
        if (request is null)
        {
            return Invalid("Send {\"udiDi\",\"issuer\",\"lot\",\"reason\",\"since\"}.");
        }

        var (key, problem) = DeviceKeyInput.UdiDiKey(request.Issuer, request.UdiDi);
        if (key is null)
        {
            return Invalid(problem!);
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            return Invalid($"reason is required (at most {MaxReasonLength} characters).");
        }

        if (request.Lot is { } lot && (lot.Trim().Length == 0 || lot.Length > MaxLotLength))
        {
            return Invalid($"lot, when given, has 1 to {MaxLotLength} characters.");
        }

        var now = time.GetUtcNow();
        var recall = await store.AddAsync(key, request.Lot?.Trim(), request.Reason.Trim(), (request.Since ?? now).ToUnixTimeMilliseconds(),
            PartnerContext.Get(context)!.Id, now.ToUnixTimeMilliseconds());
        return Results.Json(View(recall), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(RecallStore store, string? udiDi, string? issuer, int? limit, CancellationToken cancellationToken)
    {
        string? key = null;
        if (udiDi is not null)
        {
            (key, var problem) = DeviceKeyInput.UdiDiKey(issuer, udiDi);
            if (key is null)
            {
                return Invalid(problem!);
            }
        }

        var recalls = await store.ListAsync(key, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        return Results.Json(new { recalls = recalls.Select(View) });
    }

    private static object View(RecallRecord r) => new
    {
        id = r.Id,
        udiDiKey = r.UdiDiKey,
        lot = r.Lot,
        reason = r.Reason,
        since = DateTimeOffset.FromUnixTimeMilliseconds(r.Since),
        recordedBy = r.RecordedBy,
        recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.RecordedAt),
    };

    private static IResult Invalid(string detail) => Problems.Create(400, "HUB-RECALL-400", "Invalid recall", detail);
}
