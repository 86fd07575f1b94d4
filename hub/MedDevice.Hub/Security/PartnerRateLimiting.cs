using System.Threading.RateLimiting;
using MedDevice.Hub.Refusals;

namespace MedDevice.Hub.Security;

/// <summary>
/// Per-partner token buckets (anonymous callers per client address); refusals are 429 with Retry-After, in the protocol
/// the endpoint declares (<see cref="RefusalResponses"/>).
/// </summary>
public static class PartnerRateLimiting
{
    /// <summary>Registers the limiter.</summary>
    public static IServiceCollection AddPartnerRateLimiting(this IServiceCollection services, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<AnonymousMetadata>() is not null)
                {
                    return RateLimitPartition.GetNoLimiter("probes");
                }

                var partner = PartnerContext.Get(context);
                var rate = partner is null ? options.AnonymousRateLimitPerSecond
                    : partner.RateLimitPerSecond > 0 ? partner.RateLimitPerSecond : options.DefaultRateLimitPerSecond;
                var key = partner is null ? "anon:" + context.Connection.RemoteIpAddress : "partner:" + partner.Id;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(rate));
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                await RefusalResponses.WriteAsync(rejected.HttpContext, HubRefusals.Throttled(retryAfter));
            };
        });
        return services;
    }

    // A bucket holding one second's worth, refilled every 100 ms: bursts up to the per-second rate.
    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = Math.Max(1, perSecond),
        TokensPerPeriod = Math.Max(1, perSecond / 10),
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
