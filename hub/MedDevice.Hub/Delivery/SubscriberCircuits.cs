using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;

namespace MedDevice.Hub.Delivery;

/// <summary>
/// One Polly circuit breaker per subscriber: a subscriber failing most attempts is given a rest
/// (<see cref="DeliveryOptions.BreakDuration"/>), then probed with one attempt, and resumes on its own.
/// </summary>
public sealed class SubscriberCircuits(DeliveryOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<SendResult>> _pipelines = new(StringComparer.Ordinal);

    /// <summary>Runs one attempt through the subscriber's breaker; null when the circuit is open (attempt not made).</summary>
    public async Task<SendResult?> ExecuteAsync(string subscriberId, Func<CancellationToken, Task<SendResult>> send, CancellationToken cancellationToken)
    {
        var pipeline = _pipelines.GetOrAdd(subscriberId, _ => Build());
        try
        {
            return await pipeline.ExecuteAsync(async ct => await send(ct), cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return null;
        }
    }

    private ResiliencePipeline<SendResult> Build() =>
        new ResiliencePipelineBuilder<SendResult> { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<SendResult>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = Math.Max(2, options.MinimumThroughput),
                SamplingDuration = options.SamplingDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : options.SamplingDuration,
                BreakDuration = options.BreakDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : options.BreakDuration,
                // Only transient failures say the subscriber is unwell; a permanent 4xx is about one message.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not null
                    || args.Outcome.Result is { Delivered: false, Kind: Core.Recoverability.DeliveryErrorKind.Transient }),
            })
            .Build();
}
