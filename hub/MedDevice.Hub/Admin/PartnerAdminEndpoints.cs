using MedDevice.Hub.Inbound;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Security;
using MedDevice.Hub.Storage.Partners;

namespace MedDevice.Hub.Admin;

/// <summary>Partner registry under <c>/api/v1/admin/partners</c>: list, add, rotate-key, disable. Keys are returned once and stored as hashes.</summary>
public static class PartnerAdminEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapPartnerAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/admin/partners").AddEndpointFilter(Audit.AdminAuditFilter.InvokeAsync);
        group.MapGet("", ListAsync).RequiresOperation(HubOperations.AdminPartners).WithName("partner.list");
        group.MapPost("", AddAsync).RequiresOperation(HubOperations.AdminPartners).WithName("partner.add");
        group.MapPost("/{id}/rotate-key", RotateAsync).RequiresOperation(HubOperations.AdminPartners).WithName("partner.rotate-key");
        group.MapPost("/{id}/disable", DisableAsync).RequiresOperation(HubOperations.AdminPartners).WithName("partner.disable");
        return endpoints;
    }

    /// <summary>A new random API key (256 bits, URL-safe).</summary>
    public static string NewApiKey() => Core.Security.ApiKeys.New();

    private static async Task<IResult> ListAsync(PartnerStore store, PartnerDirectoryProvider provider, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken);
        return Results.Json(new
        {
            configured = provider.ConfiguredIds.Order(StringComparer.Ordinal),
            stored = stored.Select(p => new { p.Id, p.Name, p.Roles, p.Feeds, p.Topics, p.FhirInteractions, p.CertificateThumbprints, p.RateLimitPerSecond, p.Enabled, hasApiKey = p.ApiKeyHash is not null }),
        });
    }

    private static async Task<IResult> AddAsync(NewPartner request, PartnerStore store, PartnerDirectoryProvider provider, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Id) || provider.ConfiguredIds.Contains(request.Id))
        {
            return Problems.Create(400, "HUB-PARTNER-400", "Invalid partner", "Give a new id that is not defined in configuration.");
        }

        var key = NewApiKey();
        await store.UpsertAsync(new PartnerRecord(request.Id, request.Name, request.Roles ?? [], request.Feeds ?? [], PartnerDirectory.Hash(key),
            request.CertificateThumbprints ?? [], request.RateLimitPerSecond, true, time.GetUtcNow().ToUnixTimeMilliseconds())
        {
            Topics = request.Topics ?? [],
            FhirInteractions = request.FhirInteractions ?? [],
        });
        provider.Apply(await store.ListAsync(cancellationToken));
        return Results.Json(new { id = request.Id, apiKey = key }, statusCode: 201);
    }

    private static async Task<IResult> RotateAsync(string id, PartnerStore store, PartnerDirectoryProvider provider, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = NewApiKey();
        if (!await store.RotateKeyAsync(id, PartnerDirectory.Hash(key), time.GetUtcNow().ToUnixTimeMilliseconds()))
        {
            return Problems.Create(404, "HUB-PARTNER-404", "Unknown partner", $"No stored partner '{id}' (configuration partners rotate in configuration).");
        }

        provider.Apply(await store.ListAsync(cancellationToken));
        return Results.Json(new { id, apiKey = key });
    }

    private static async Task<IResult> DisableAsync(string id, PartnerStore store, PartnerDirectoryProvider provider, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await store.DisableAsync(id, time.GetUtcNow().ToUnixTimeMilliseconds()))
        {
            return Problems.Create(404, "HUB-PARTNER-404", "Unknown partner", $"No stored partner '{id}'.");
        }

        provider.Apply(await store.ListAsync(cancellationToken));
        return Results.Json(new { id, enabled = false });
    }
}
