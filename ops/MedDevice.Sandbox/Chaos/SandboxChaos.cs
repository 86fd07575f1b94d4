using Grpc.Core;
using MedDevice.Sandbox.Hosting;

namespace MedDevice.Sandbox.Chaos;

/// <summary>Configured latency and failures, applied before every answer, for resilience and chaos tests.</summary>
public sealed class SandboxChaos(IdentitySandboxOptions options, SandboxStatistics statistics, TimeProvider time)
{
    private readonly Random _random = options.Seed is { } seed ? new Random(seed) : new Random();
    private readonly Lock _gate = new();

    /// <summary>Waits the configured latency; then fails the call with the configured status at the configured rate.</summary>
    public async Task BeforeAnswerAsync(CancellationToken cancellationToken)
    {
        statistics.CountCall();
        statistics.Enter();
        try
        {
            if (options.LatencyMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.LatencyMs), time, cancellationToken);
            }
        }
        finally
        {
            statistics.Leave();
        }

        if (ShouldFail())
        {
            statistics.CountFailure();
            throw new RpcException(new Status(options.FailureStatus, "sandbox chaos: injected failure"));
        }
    }

    private bool ShouldFail()
    {
        if (options.FailureRate <= 0)
        {
            return false;
        }

        lock (_gate)
        {
#pragma warning disable CA5394 // chaos needs spread, not secrecy
            return _random.NextDouble() < options.FailureRate;
#pragma warning restore CA5394
        }
    }
}
