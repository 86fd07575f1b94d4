using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Recalls;
using MedDevice.Hub.Security;
using MedDevice.Hub.Storage.Prices;

namespace MedDevice.Hub.Prices;

/// <summary>
/// Reference prices under <c>/api/v1/admin/prices</c> (role admin): a customs line whose declared unit price deviates from
/// its device's reference price by more than <c>Hub:Customs:PriceBand</c> is YELLOW with the deviation.
/// </summary>
public static class ReferencePriceAdminEndpoints
{
    private const int MaxSourceLength = 40;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapReferencePriceAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/admin/prices").AddEndpointFilter(Audit.AdminAuditFilter.InvokeAsync);
        group.MapPost("", SetAsync).RequiresOperation(HubOperations.AdminPrices).WithName("price.set");
        group.MapGet("", ListAsync).RequiresOperation(HubOperations.AdminPrices).WithName("price.list");
        return endpoints;
    }

    private static async Task<IResult> SetAsync(NewReferencePrice? request, ReferencePriceStore store, TimeProvider time)
    {
        if (request is null)
        {
            return Invalid("Send {\"udiDi\",\"issuer\"} or {\"registrationNumber\"} with \"unitPriceVnd\" and \"source\".");
        }

        string key;
        if (request.RegistrationNumber is { } number)
        {
            var parsed = RegistrationNumberParser.Parse(number);
            if (!parsed.Ok || request.UdiDi is not null)
            {
                return Invalid("Give either a valid registrationNumber or a udiDi, not both.");
            }

            key = parsed.Value!.Canonical;
        }
        else
        {
            var (udiKey, problem) = DeviceKeyInput.UdiDiKey(request.Issuer, request.UdiDi);
            if (udiKey is null)
            {
                return Invalid(problem!);
            }

            key = udiKey;
        }

        if (request.UnitPriceVnd is not > 0)
        {
            return Invalid("unitPriceVnd must be a positive whole number of đồng.");
        }

        var source = string.IsNullOrWhiteSpace(request.Source) ? "operator" : request.Source.Trim();
        if (source.Length > MaxSourceLength)
        {
            return Invalid($"source has at most {MaxSourceLength} characters.");
        }

        var price = new ReferencePrice(key, request.UnitPriceVnd.Value, "VND", source, time.GetUtcNow().ToUnixTimeMilliseconds());
        await store.UpsertAsync(price);
        return Results.Json(View(price));
    }

    private static async Task<IResult> ListAsync(ReferencePriceStore store, string? after, int? limit, CancellationToken cancellationToken)
    {
        var prices = await store.ListAsync(after ?? "", Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        return Results.Json(new { prices = prices.Select(View), next = prices.Count == 0 ? null : prices[^1].Key });
    }

    private static object View(ReferencePrice p) => new
    {
        key = p.Key,
        unitPriceVnd = p.UnitPriceVnd,
        currency = p.Currency,
        source = p.Source,
        updatedAt = DateTimeOffset.FromUnixTimeMilliseconds(p.UpdatedAt),
    };

    private static IResult Invalid(string detail) => Problems.Create(400, "HUB-PRICE-400", "Invalid reference price", detail);
}
